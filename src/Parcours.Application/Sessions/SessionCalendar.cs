using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>Sessions as calendar entries, the same words for the feed and for the invitations sent by e-mail.</summary>
internal static class SessionCalendar
{
    public static List<CalendarEntry> Entries(IEnumerable<CollectiveSession> sessions, Func<Guid, string> cohortTitle, PublicUrl publicUrl) =>
    [
        .. sessions.Where(s => s.StartsAtUtc is not null).OrderBy(s => s.StartsAtUtc).Select(s => new CalendarEntry(
            s.Id,
            $"{s.Code} — {s.Title}{(s.Topic is null ? "" : $" : {s.Topic}")} ({cohortTitle(s.CohortId)})",
            s.StartsAtUtc!.Value, s.EndsAtUtc!.Value,
            string.Join(", ", new[] { s.VenueName, s.VenueAddress }.Where(p => p is not null)) is { Length: > 0 } place ? place : null,
            $"Apport théorique : {s.Theory}\nAtelier : {s.Workshop}\n{s.Guest}"
                + (s.OnlineLink is null ? "" : $"\nEn ligne : {s.OnlineLink}")
                + (s.Status == SessionStatus.Cancelled ? $"\nAnnulée : {s.CancellationReason}" : ""),
            s.Status == SessionStatus.Cancelled, s.Sequence, s.UpdatedAtUtc,
            // A link back to the session's page (calendar users miss it when an event has none).
            publicUrl.To(PageLinks.Session(s.Id)))),
    ];
}
