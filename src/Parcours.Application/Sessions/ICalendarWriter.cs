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
