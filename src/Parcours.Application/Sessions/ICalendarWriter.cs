using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>What a calendar says: a feed to subscribe to, an invitation, or its cancellation.</summary>
public enum CalendarMethod
{
    Publish,
    Request,
    Cancel,
}

/// <summary>One session as a calendar event, in words already French; times in UTC, written in Europe/Paris.</summary>
public sealed record CalendarEntry(Guid SessionId, string Summary, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Location, string Description,
    bool Cancelled, int Sequence, DateTime UpdatedAtUtc, string PageUrl);

/// <summary>Writes RFC 5545 calendars (the adapter is Ical.Net); read back in tests by a parser we did not write.</summary>
public interface ICalendarWriter
{
    string Write(string calendarName, CalendarMethod method, IReadOnlyList<CalendarEntry> entries);
}

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
