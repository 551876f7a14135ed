using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record ScheduleChangeDto(DateTime? PreviousStartsAt, int PreviousDurationMinutes, DateTime NewStartsAt, int NewDurationMinutes, string? Reason, string ChangedBy, DateTime ChangedAtUtc);

/// <summary>A session as people read it: times in Europe/Paris (and UTC beside them).</summary>
public sealed record SessionDto(
    Guid Id, Guid CohortId, int Number, string Code, string Title, string Theory, string Workshop, string Guest, string? Topic,
    DateTime? StartsAt, DateTime? EndsAt, string TimeZone, DateTime? StartsAtUtc, int DurationMinutes,
    string? VenueName, string? VenueAddress, string? OnlineLink, SessionStatus Status, string? CancellationReason,
    string? OutsidePhaseReason, int Sequence,
    IReadOnlyList<AgendaSegment> Agenda, IReadOnlyList<Speaker> Speakers, IReadOnlyList<SessionResource> Resources,
    IReadOnlyList<ScheduleChangeDto> History)
{
    public static SessionDto From(CollectiveSession s) => new(
        s.Id, s.CohortId, s.Number, s.Code, s.Title, s.Theory, s.Workshop, s.Guest, s.Topic,
        s.StartsAtUtc is { } start ? FrenchTime.ToParis(start) : null,
        s.EndsAtUtc is { } end ? FrenchTime.ToParis(end) : null,
        FrenchTime.ZoneId, s.StartsAtUtc, s.DurationMinutes, s.VenueName, s.VenueAddress, s.OnlineLink,
        s.Status, s.CancellationReason, s.OutsidePhaseReason, s.Sequence, s.Agenda, s.Speakers, s.Resources,
        [.. s.History.Select(h => new ScheduleChangeDto(
            h.PreviousStartUtc is { } p ? FrenchTime.ToParis(p) : null, h.PreviousDurationMinutes,
            FrenchTime.ToParis(h.NewStartUtc), h.NewDurationMinutes, h.Reason, h.ChangedBy, h.ChangedAtUtc))]);
}
