using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record VoteOptionDto(Guid Id, string Label, int? Votes);

/// <summary>
/// A vote as its reader may see it: counts for coordinators at any time, for the cohort once
/// closed; each catalyst sees their own choice; nobody but coordinators sees who chose what.
/// </summary>
public sealed record TopicVoteDto(Guid Id, Guid CohortId, VoteStatus Status, IReadOnlyList<VoteOptionDto> Options, string? Winner,
    int? BallotCount, Guid? MyChoice, DateTime OpenedAtUtc, DateTime? ClosedAtUtc)
{
    public static TopicVoteDto From(TopicVote vote, bool coordinator, Guid? me)
    {
        var showCounts = coordinator || vote.Status != VoteStatus.Open;
        var counts = vote.Counts();
        return new TopicVoteDto(vote.Id, vote.CohortId, vote.Status,
            [.. vote.Options.Select(o => new VoteOptionDto(o.Id, o.Label, showCounts ? counts[o.Id] : null))],
            vote.Winner, showCounts ? vote.Ballots.Count : null,
            me is null ? null : vote.Ballots.SingleOrDefault(b => b.PersonId == me)?.OptionId,
            vote.OpenedAtUtc, vote.ClosedAtUtc);
    }
}

internal static class TopicVotes
{
    public static async Task<TopicVote> LoadAsync(IParcoursDbContext db, Guid cohortId, bool tracking, CancellationToken ct)
    {
        var query = (tracking ? db.TopicVotes : db.TopicVotes.AsNoTracking()).Include(v => v.Ballots);
        return await query.SingleOrDefaultAsync(v => v.CohortId == cohortId, ct) ?? throw new NotFoundException("Le vote du thème de S3");
    }

    /// <summary>Writes the chosen topic on S3 (one more change for calendars).</summary>
    public static async Task SetS3TopicAsync(IParcoursDbContext db, Guid cohortId, string topic, DateTime nowUtc, CancellationToken ct)
    {
        var s3 = await db.Sessions.SingleAsync(s => s.CohortId == cohortId && s.Number == 3, ct);
        s3.SetTopic(topic, nowUtc);
    }
}
