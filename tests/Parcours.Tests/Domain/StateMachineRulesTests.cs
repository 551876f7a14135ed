using Parcours.Domain.Committees;
using Parcours.Domain.Common;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Tests.Domain;

/// <summary>The roadmap's review, the S3 vote and a committee decision: each transition from the right state, a refusal with its rule code from a wrong one.</summary>
public sealed class StateMachineRulesTests
{
    private static readonly DateTime Now = new(2018, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private static Roadmap Written()
    {
        var roadmap = Roadmap.Start(Guid.NewGuid(), Guid.NewGuid());
        roadmap.WriteSection(roadmap.Version, Roadmap.DefaultSections[0].Key, "Un diagnostic partagé avec les acteurs.", "Claire", Now);
        return roadmap;
    }

    private static void Refused(string code, Action transition) => Assert.Equal(code, Assert.Throws<DomainRuleException>(transition).Code);

    [Fact]
    public void Submit_WhenEmpty_IsRefused() =>
        Refused("roadmap-empty", () => { var r = Roadmap.Start(Guid.NewGuid(), Guid.NewGuid()); r.Submit(r.Version, "Claire", Now); });

    [Fact]
    public void Submit_WhenAlreadySubmitted_IsRefused()
    {
        var roadmap = Written();
        roadmap.Submit(roadmap.Version, "Claire", Now);
        Refused("roadmap-submitted", () => roadmap.Submit(roadmap.Version, "Claire", Now));
    }

    [Fact]
    public void WriteSection_WhenSubmitted_IsRefused()
    {
        var roadmap = Written();
        roadmap.Submit(roadmap.Version, "Claire", Now);
        Refused("roadmap-submitted", () => roadmap.WriteSection(roadmap.Version, Roadmap.DefaultSections[0].Key, "Autre chose", "Claire", Now));
    }

    [Fact]
    public void Review_WhenDraft_IsRefused()
    {
        var roadmap = Written();
        var first = Written().Submit(1, "Claire", Now);
        Refused("roadmap-not-submitted", () => roadmap.Review(first, validated: true, "Coordination", Now));
    }

    [Fact]
    public void Review_WhenChangesRequested_ThenWritten_StartsTheNextDraft()
    {
        var roadmap = Written();
        var version = roadmap.Submit(roadmap.Version, "Claire", Now);
        roadmap.Review(version, validated: false, "Coordination", Now);
        Assert.Equal(RoadmapStatus.ChangesRequested, roadmap.Status);
        roadmap.WriteSection(roadmap.Version, Roadmap.DefaultSections[0].Key, "Un diagnostic revu.", "Claire", Now);
        Assert.Equal(RoadmapStatus.Draft, roadmap.Status);
        Assert.Equal(2, roadmap.Submit(roadmap.Version, "Claire", Now).Number);
    }

    private static TopicVote Vote(out Guid first, out Guid second)
    {
        var vote = TopicVote.Open(Guid.NewGuid(), ["Gouvernance", "Financement", "Évaluation"], Now);
        first = vote.Options[0].Id;
        second = vote.Options[1].Id;
        return vote;
    }

    [Fact]
    public void Cast_WhenClosed_IsRefused()
    {
        var vote = Vote(out var first, out _);
        vote.Cast(Guid.NewGuid(), first, Now);
        vote.Close(Now);
        Refused("vote-closed", () => vote.Cast(Guid.NewGuid(), first, Now));
    }

    [Fact]
    public void Close_WhenTwoTopicsLead_IsTied_AndDecideSettlesBetweenTheLeadersOnly()
    {
        var vote = Vote(out var first, out var second);
        vote.Cast(Guid.NewGuid(), first, Now);
        vote.Cast(Guid.NewGuid(), second, Now);
        Assert.Null(vote.Close(Now));
        Assert.Equal(VoteStatus.Tied, vote.Status);
        Refused("vote-decision-not-a-leader", () => vote.Decide(vote.Options[2].Id));
        Assert.Equal("Financement", vote.Decide(second));
        Assert.Equal(VoteStatus.Decided, vote.Status);
    }

    [Fact]
    public void Decide_WhenNotTied_IsRefused()
    {
        var vote = Vote(out var first, out _);
        Refused("vote-not-tied", () => vote.Decide(first));
        vote.Cast(Guid.NewGuid(), first, Now);
        Assert.Equal("Gouvernance", vote.Close(Now));
        Refused("vote-not-tied", () => vote.Decide(first));
    }

    [Fact]
    public void Close_Twice_IsRefused()
    {
        var vote = Vote(out _, out _);
        vote.Close(Now);
        Refused("vote-closed", () => vote.Close(Now));
    }

    private static Decision NewDecision()
    {
        var committee = Committee.Create(Guid.NewGuid(), CommitteeKind.Orientation, null);
        var meeting = CommitteeMeeting.Plan(committee, "Lancement", Now, DateOnly.FromDateTime(Now), 180, null, null, [], null, Now);
        return new Decision(meeting, DecisionKind.Decision, "Ouvrir le parcours à douze territoires", null, null, Now);
    }

    [Fact]
    public void Move_WhenOpen_ThroughInProgressToDone_KeepsTheHistory()
    {
        var decision = NewDecision();
        decision.Move(DecisionStatus.InProgress, null, "Coordination", Now);
        decision.Move(DecisionStatus.Done, "Onze ont accepté", "Coordination", Now);
        Assert.Equal(DecisionStatus.Done, decision.Status);
        Assert.Equal([DecisionStatus.InProgress, DecisionStatus.Done], decision.History.Select(h => h.To));
    }

    [Fact]
    public void Move_WhenDone_ToDropped_IsRefused()
    {
        var decision = NewDecision();
        decision.Move(DecisionStatus.Done, null, "Coordination", Now);
        Refused("decision-closed", () => decision.Move(DecisionStatus.Dropped, "Finalement non", "Coordination", Now));
        Assert.Equal(DecisionStatus.Done, decision.Status);
    }

    [Fact]
    public void Move_WhenDropped_BackToOpenWithoutAComment_IsRefused_WithOne_Reopens()
    {
        var decision = NewDecision();
        decision.Move(DecisionStatus.Dropped, null, "Coordination", Now);
        Refused("decision-reopen-comment-required", () => decision.Move(DecisionStatus.Open, " ", "Coordination", Now));
        decision.Move(DecisionStatus.Open, "Le comité la reprend", "Coordination", Now);
        Assert.True(decision.IsOpen);
    }
}

/// <summary>« Active from … until … »: one rule for binôme members, coaches' assignments and committee seats.</summary>
public sealed class ActiveSpanTests
{
    [Theory]
    [InlineData("2018-05-01", null, "2018-05-01", true)]
    [InlineData("2018-05-01", null, "2018-04-30", false)]
    [InlineData("2018-05-01", "2018-06-30", "2018-06-30", true)]
    [InlineData("2018-05-01", "2018-06-30", "2018-07-01", false)]
    public void ActiveOn_CountsBothEndsIn_AndAnOpenEndAsRunning(string from, string? until, string day, bool active) =>
        Assert.Equal(active, new ActiveSpan(DateOnly.Parse(from), until is null ? null : DateOnly.Parse(until)).ActiveOn(DateOnly.Parse(day)));

    [Fact]
    public void SitsOn_WhenASeatWasLeft_EndsTheDayItWasLeft()
    {
        var committee = Committee.Create(Guid.NewGuid(), CommitteeKind.Pilotage, null);
        var seat = committee.Seat("ANCT", Guid.NewGuid(), new DateOnly(2018, 1, 10));
        committee.Unseat(seat.Id, new DateOnly(2018, 6, 1));
        Assert.True(seat.SitsOn(new DateOnly(2018, 6, 1)));
        Assert.False(seat.SitsOn(new DateOnly(2018, 6, 2)));
        Assert.False(seat.SitsOn(new DateOnly(2018, 1, 9)));
    }
}
