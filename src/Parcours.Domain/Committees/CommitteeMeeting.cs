using Parcours.Domain.Common;

namespace Parcours.Domain.Committees;

/// <summary>The three milestones of the comité d'orientation.</summary>
public enum Milestone
{
    Launch = 1,
    MidWay = 2,
    End = 3,
}

/// <summary>A dated meeting of a committee: agenda, who was invited, who came, minutes.</summary>
public sealed class CommitteeMeeting
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
    public List<string> Agenda { get; private set; } = [];
    public List<Guid> InvitedSeatIds { get; private set; } = [];
    public List<Guid> PresentSeatIds { get; private set; } = [];
    public string? Minutes { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public static CommitteeMeeting Plan(Committee committee, string title, DateTime startsAtUtc, DateOnly day, int durationMinutes,
        string? place, string? onlineLink, IReadOnlyList<string> agenda, Milestone? milestone, DateTime nowUtc)
    {
        Rule.Check(durationMinutes is < 15 or > 24 * 60, "meeting-duration-invalid", "La durée d'une réunion est comprise entre 15 minutes et 24 heures.");
        return new CommitteeMeeting
        {
            Id = Guid.CreateVersion7(), CommitteeId = committee.Id, CohortId = committee.CohortId, Title = title.Trim(),
            StartsAtUtc = startsAtUtc, Day = day, DurationMinutes = durationMinutes, Place = Blank(place), OnlineLink = Blank(onlineLink),
            Agenda = [.. agenda.Select(a => a.Trim()).Where(a => a.Length > 0)], Milestone = milestone, UpdatedAtUtc = nowUtc,
        };
    }

    /// <summary>Invites seats: each must sit on this committee on the meeting's day.</summary>
    public void Invite(Committee committee, IReadOnlyCollection<Guid> seatIds, DateTime nowUtc)
    {
        CheckSeats(committee, seatIds);
        InvitedSeatIds = [.. seatIds.Distinct()];
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Records who was present, and the minutes when there are some.</summary>
    public void Record(Committee committee, IReadOnlyCollection<Guid> presentSeatIds, string? minutes, DateTime nowUtc)
    {
        CheckSeats(committee, presentSeatIds);
        PresentSeatIds = [.. presentSeatIds.Distinct()];
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
