using System.Globalization;
using System.Text;
using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// RFC 5545 text for calendar subscriptions: CRLF lines folded at 75 octets, text escaped,
/// times in Europe/Paris with its VTIMEZONE, stable UIDs and a SEQUENCE that grows on each change.
/// </summary>
internal static class ICalendarWriter
{
    private const string ParisTimeZone = """
        BEGIN:VTIMEZONE
        TZID:Europe/Paris
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19810329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19961027T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        """;

    public static string Write(string calendarName, IEnumerable<CollectiveSession> sessions, Func<Guid, string> cohortTitle)
    {
        var text = new StringBuilder();
        void Line(string line) => Fold(text, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Parcours//Parcours d'expérience co-construction territoriale//FR");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        Line("X-WR-TIMEZONE:" + FrenchTime.ZoneId);
        foreach (var line in ParisTimeZone.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }
        foreach (var s in sessions.Where(s => s.StartsAtUtc is not null).OrderBy(s => s.StartsAtUtc))
        {
            Line("BEGIN:VEVENT");
            Line($"UID:session-{s.Id}@parcours");
            Line("DTSTAMP:" + s.UpdatedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line("LAST-MODIFIED:" + s.UpdatedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line("SEQUENCE:" + s.Sequence.ToString(CultureInfo.InvariantCulture));
            Line($"DTSTART;TZID={FrenchTime.ZoneId}:" + Local(s.StartsAtUtc!.Value));
            Line($"DTEND;TZID={FrenchTime.ZoneId}:" + Local(s.EndsAtUtc!.Value));
            Line("SUMMARY:" + Escape($"{s.Code} — {s.Title}{(s.Topic is null ? "" : $" : {s.Topic}")} ({cohortTitle(s.CohortId)})"));
            var place = string.Join(", ", new[] { s.VenueName, s.VenueAddress }.Where(p => p is not null));
            if (place.Length > 0) Line("LOCATION:" + Escape(place));
            if (s.OnlineLink is not null) Line("URL:" + s.OnlineLink);
            Line("DESCRIPTION:" + Escape($"Apport théorique : {s.Theory}\nAtelier : {s.Workshop}\n{s.Guest}"
                + (s.OnlineLink is null ? "" : $"\nEn ligne : {s.OnlineLink}")
                + (s.Status == SessionStatus.Cancelled ? $"\nAnnulée : {s.CancellationReason}" : "")));
            Line("STATUS:" + (s.Status == SessionStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static string Local(DateTime utc) => FrenchTime.ToParis(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 sequence.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}
