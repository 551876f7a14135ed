using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

public sealed record SeatDto(Guid Id, string Organisation, Guid? PersonId, string? PersonName, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record CommitteeDto(Guid Id, Guid CohortId, CommitteeKind Kind, string Name, IReadOnlyList<SeatDto> Seats);

public sealed record DecisionDto(Guid Id, Guid MeetingId, DecisionKind Kind, string Text, string? Owner, DateOnly? DueDate, DecisionStatus Status,
    DateTime RecordedAtUtc, IReadOnlyList<DecisionStatusChange> History)
{
    public static DecisionDto From(Decision d) => new(d.Id, d.MeetingId, d.Kind, d.Text, d.Owner, d.DueDate, d.Status, d.RecordedAtUtc, d.History);
}

public sealed record DocumentDto(Guid Id, Guid MeetingId, string Title, string FileName, string ContentType, long Size, DocumentSource Source,
    bool SharedWithCohort, DateTime AddedAtUtc)
{
    public static DocumentDto From(CommitteeDocument d) => new(d.Id, d.MeetingId, d.Title, d.FileName, d.ContentType, d.Size, d.Source, d.SharedWithCohort, d.AddedAtUtc);
}

public sealed record MeetingSummaryDto(Guid Id, Guid CommitteeId, string Title, DateTime StartsAt, DateTime StartsAtUtc, int DurationMinutes, Milestone? Milestone,
    MeetingStatus Status = MeetingStatus.Planned, string? CancellationReason = null)
{
    public static MeetingSummaryDto From(CommitteeMeeting m) =>
        new(m.Id, m.CommitteeId, m.Title, FrenchTime.ToParis(m.StartsAtUtc), m.StartsAtUtc, m.DurationMinutes, m.Milestone, m.Status, m.CancellationReason);
}

/// <summary>A meeting with its agenda — which shows the committee's decisions still open from earlier meetings.</summary>
public sealed record MeetingDto(
    Guid Id, Guid CommitteeId, string Title, DateTime StartsAt, DateTime StartsAtUtc, int DurationMinutes, string? Place, string? OnlineLink,
    Milestone? Milestone, IReadOnlyList<string> Agenda, IReadOnlyList<SeatDto> Invited, IReadOnlyList<SeatDto> Present, string? Minutes,
    IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<DecisionDto> OpenDecisionsFromEarlierMeetings, IReadOnlyList<DocumentDto> Documents);

internal static class CommitteeViews
{
    public static async Task<CommitteeDto> CommitteeAsync(IParcoursDbContext db, Committee c, CancellationToken ct)
    {
        var seats = await SeatsAsync(db, c, ct);
        return new CommitteeDto(c.Id, c.CohortId, c.Kind, c.Name, [.. seats.Values.OrderBy(s => s.Organisation, StringComparer.Ordinal).ThenBy(s => s.PersonName)]);
    }

    public static async Task<Dictionary<Guid, SeatDto>> SeatsAsync(IParcoursDbContext db, Committee c, CancellationToken ct)
    {
        var ids = c.Seats.Where(s => s.PersonId is not null).Select(s => s.PersonId!.Value).ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FirstName + " " + p.LastName, ct);
        return c.Seats.ToDictionary(s => s.Id, s => new SeatDto(s.Id, s.Organisation, s.PersonId, s.PersonId is { } p ? names.GetValueOrDefault(p) : null, s.JoinedOn, s.LeftOn));
    }

    public static async Task<MeetingDto> MeetingAsync(IParcoursDbContext db, Committee c, CommitteeMeeting m, CancellationToken ct)
    {
        var seats = await SeatsAsync(db, c, ct);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.CommitteeId == c.Id).ToListAsync(ct);
        var earlier = (await db.CommitteeMeetings.AsNoTracking().Where(x => x.CommitteeId == c.Id).Select(x => new { x.Id, x.StartsAtUtc }).ToListAsync(ct))
            .Where(x => x.StartsAtUtc < m.StartsAtUtc).Select(x => x.Id).ToHashSet();
        var documents = await db.CommitteeDocuments.AsNoTracking().Where(d => d.MeetingId == m.Id).OrderBy(d => d.AddedAtUtc).ToListAsync(ct);
        return new MeetingDto(m.Id, c.Id, m.Title, FrenchTime.ToParis(m.StartsAtUtc), m.StartsAtUtc, m.DurationMinutes, m.Place, m.OnlineLink, m.Milestone, m.Agenda,
            [.. m.InvitedSeatIds.Where(seats.ContainsKey).Select(id => seats[id])],
            [.. m.PresentSeatIds.Where(seats.ContainsKey).Select(id => seats[id])],
            m.Minutes,
            [.. decisions.Where(d => d.MeetingId == m.Id).OrderBy(d => d.RecordedAtUtc).Select(DecisionDto.From)],
            [.. decisions.Where(d => earlier.Contains(d.MeetingId) && d.IsOpen).OrderBy(d => d.DueDate ?? DateOnly.MaxValue).Select(DecisionDto.From)],
            [.. documents.Select(DocumentDto.From)]);
    }
}
