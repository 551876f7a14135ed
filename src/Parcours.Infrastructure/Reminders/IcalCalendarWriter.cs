using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Sessions;

namespace Parcours.Infrastructure.Reminders;

/// <summary>
/// Calendars with Ical.Net 5 (MIT): the Europe/Paris time zone with its rules from the earliest event
/// on, times in that zone, stable UIDs, a SEQUENCE that grows with each change, CANCELLED events, a
/// link back to the session's page, and the method — PUBLISH for a feed, REQUEST for an invitation,
/// CANCEL for its withdrawal.
/// </summary>
internal sealed class IcalCalendarWriter : ICalendarWriter
{
    public string Write(string calendarName, CalendarMethod method, IReadOnlyList<CalendarEntry> entries)
    {
        var calendar = new Calendar
        {
            ProductId = "-//Parcours//Parcours d'expérience co-construction territoriale//FR",
            Method = method switch { CalendarMethod.Request => "REQUEST", CalendarMethod.Cancel => "CANCEL", _ => "PUBLISH" },
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", FrenchTime.ZoneId);
        var earliest = entries.Count == 0 ? new DateTime(2000, 1, 1) : FrenchTime.ToParis(entries.Min(e => e.StartsAtUtc)).AddYears(-1);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(FrenchTime.ZoneId, earliest, includeHistoricalData: false));
        foreach (var entry in entries)
        {
            var cancelled = entry.Cancelled || method == CalendarMethod.Cancel;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"session-{entry.SessionId}@parcours",
                DtStamp = new CalDateTime(DateTime.SpecifyKind(entry.UpdatedAtUtc, DateTimeKind.Utc)),
                LastModified = new CalDateTime(DateTime.SpecifyKind(entry.UpdatedAtUtc, DateTimeKind.Utc)),
                Sequence = entry.Sequence,
                Start = new CalDateTime(FrenchTime.ToParis(entry.StartsAtUtc), FrenchTime.ZoneId),
                End = new CalDateTime(FrenchTime.ToParis(entry.EndsAtUtc), FrenchTime.ZoneId),
                Summary = entry.Summary,
                Location = entry.Location,
                Description = entry.Description + $"\nPage de la session : {entry.PageUrl}",
                Url = new Uri(entry.PageUrl),
                Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
