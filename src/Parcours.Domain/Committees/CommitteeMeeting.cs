using Parcours.Domain.Common;

namespace Parcours.Domain.Committees;

/// <summary>The three milestones of the comité d'orientation.</summary>
public enum Milestone
{
    Launch = 1,
    MidWay = 2,
    End = 3,
}

public enum MeetingStatus
{
    Planned = 1,
    Cancelled = 2,
}

/// <summary>A dated meeting of a committee: agenda, who was invited, who came, minutes.</summary>
public sealed class CommitteeMeeting : AggregateRoot
{
    private CommitteeMeeting() { }

    public Guid Id { get; private set; }
    public Guid CommitteeId { get; private set; }
    public Guid CohortId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime StartsAtUtc { get; private set; }
    /// <summary>The meeting's day in Paris, which membership dates are compared with.</summary>
    public DateOnly Day { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public Milestone? Milestone { get; private set; }
    private List<string> _agenda = [];
    public IReadOnlyList<string> Agenda => _agenda;
    private List<Guid> _invitedSeatIds = [];
    public IReadOnlyList<Guid> InvitedSeatIds => _invitedSeatIds;
    private List<Guid> _presentSeatIds = [];
    public IReadOnlyList<Guid> PresentSeatIds => _presentSeatIds;
    public string? Minutes { get; private set; }
    public MeetingStatus Status { get; private set; } = MeetingStatus.Planned;
    public string? CancellationReason { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Once attendance or minutes are recorded, the meeting took place: it is no longer moved, cancelled or deleted.</summary>
    public bool IsRecorded => PresentSeatIds.Count > 0 || Minutes is not null;

    /// <summary>Moves the meeting to another day or time; the seats invited must still sit that day.</summary>
    public void Reschedule(Committee committee, DateTime startsAtUtc, DateOnly day, int durationMinutes, DateTime nowUtc)
    {
        EnsureChangeable("déplacée");
        Rule.Check(durationMinutes is < 15 or > 24 * 60, "meeting-duration-invalid", "La durée d'une réunion est comprise entre 15 minutes et 24 heures.");
        StartsAtUtc = startsAtUtc;
        Day = day;
        DurationMinutes = durationMinutes;
        CheckSeats(committee, InvitedSeatIds);
        UpdatedAtUtc = nowUtc;
        Raise(new MeetingRescheduled(CohortId, Id));
    }

    /// <summary>Cancels the meeting: it stays, marked cancelled with its reason (its reminders stop).</summary>
    public void Cancel(string reason, DateTime nowUtc)
    {
        EnsureChangeable("annulée");
        Status = MeetingStatus.Cancelled;
        CancellationReason = reason.Trim();
        UpdatedAtUtc = nowUtc;
        Raise(new MeetingCancelled(CohortId, Id));
    }

    /// <summary>Marks the meeting as one of the comité d'orientation's milestones, or as an ordinary meeting (null).</summary>
    public void MarkMilestone(Committee committee, Milestone? milestone, DateTime nowUtc)
    {
        Rule.Check(milestone is not null && committee.Kind != CommitteeKind.Orientation, "milestones-orientation-only",
            "Les trois jalons sont ceux du comité d'orientation.");
        Milestone = milestone;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Deleting is for a meeting entered by mistake: never one that took place.</summary>
    public void Delete()
    {
        Rule.Check(IsRecorded, "meeting-recorded", "Cette réunion a eu lieu (présences ou compte rendu enregistrés) : elle ne se supprime pas.");
        Raise(new MeetingDeleted(CohortId, Id));
    }

    private void EnsureChangeable(string what)
    {
        Rule.Check(Status == MeetingStatus.Cancelled, "meeting-cancelled", "Cette réunion est annulée.");
        Rule.Check(IsRecorded, "meeting-recorded", $"Cette réunion a eu lieu (présences ou compte rendu enregistrés) : elle ne peut plus être {what}.");
    }

    public static CommitteeMeeting Plan(Committee committee, string title, DateTime startsAtUtc, DateOnly day, int durationMinutes,
        string? place, string? onlineLink, IReadOnlyList<string> agenda, Milestone? milestone, DateTime nowUtc)
    {
        Rule.Check(durationMinutes is < 15 or > 24 * 60, "meeting-duration-invalid", "La durée d'une réunion est comprise entre 15 minutes et 24 heures.");
        var meeting = new CommitteeMeeting
        {
            Id = Guid.CreateVersion7(), CommitteeId = committee.Id, CohortId = committee.CohortId, Title = title.Trim(),
            StartsAtUtc = startsAtUtc, Day = day, DurationMinutes = durationMinutes, Place = Blank(place), OnlineLink = Blank(onlineLink),
            _agenda = [.. agenda.Select(a => a.Trim()).Where(a => a.Length > 0)], Milestone = milestone, UpdatedAtUtc = nowUtc,
        };
        meeting.Raise(new MeetingPlanned(meeting.CohortId, meeting.Id));
        return meeting;
    }

    /// <summary>Invites seats: each must sit on this committee on the meeting's day.</summary>
    public void Invite(Committee committee, IReadOnlyCollection<Guid> seatIds, DateTime nowUtc)
    {
        CheckSeats(committee, seatIds);
        _invitedSeatIds = [.. seatIds.Distinct()];
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Records who was present, and the minutes when there are some.</summary>
    public void Record(Committee committee, IReadOnlyCollection<Guid> presentSeatIds, string? minutes, DateTime nowUtc)
    {
        CheckSeats(committee, presentSeatIds);
        _presentSeatIds = [.. presentSeatIds.Distinct()];
        Minutes = Blank(minutes);
        UpdatedAtUtc = nowUtc;
    }

    private void CheckSeats(Committee committee, IReadOnlyCollection<Guid> seatIds)
    {
        foreach (var id in seatIds)
        {
            var seat = committee.Seats.SingleOrDefault(s => s.Id == id)
                ?? throw new DomainRuleException("seat-other-committee", "Une des personnes indiquées ne siège pas dans ce comité.");
            Rule.Check(!seat.SitsOn(Day), "seat-not-sitting",
                $"{seat.Organisation} ne siège pas au comité le {Day:dd/MM/yyyy} (membre du {seat.JoinedOn:dd/MM/yyyy}{(seat.LeftOn is { } left ? $" au {left:dd/MM/yyyy}" : "")}).");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
