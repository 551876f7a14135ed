using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Common;

/// <summary>
/// The programme lives in French local time: people type and read « 3 mai 2018, 9 h 30 » in
/// Europe/Paris; the database keeps UTC.
/// </summary>
public static class FrenchTime
{
    public const string ZoneId = "Europe/Paris";
    public static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    /// <summary>« jeudi 15 avril 2027 ».</summary>
    public static string LongDay(DateOnly day) => day.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>« lundi 10 mai 2027 à 9 h 30 », in Paris time.</summary>
    public static string LongMoment(DateTime utc) => ToParis(utc).ToString("dddd d MMMM yyyy 'à' H 'h' mm", Culture);

    /// <summary>« 10 mai 2027 », in Paris time.</summary>
    public static string Day(DateTime utc) => ToParis(utc).ToString("d MMMM yyyy", Culture);

    /// <summary>The last second of a day in Paris, as UTC: what a report « at » that day includes.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), Paris);

    /// <summary>Noon in Paris on a day, as UTC: the instant of something recorded only by its day.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Paris);

    public static DateTime NoonUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), Paris);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToParis(clock.GetUtcNow().UtcDateTime));

    /// <summary>Turns a wall-clock time of the given zone into UTC, refusing zones and times that do not exist.</summary>
    public static DateTime ToUtc(DateTime local, string? zoneId, string field)
    {
        // A time sent with its offset (« …Z », « …+02:00 ») already says which instant it is.
        if (local.Kind == DateTimeKind.Utc) return local;
        if (local.Kind == DateTimeKind.Local) return local.ToUniversalTime();
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? ZoneId : zoneId.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw RequestValidationException.For("timeZone", $"Fuseau horaire inconnu : « {zoneId} » (par exemple « {ZoneId} »).");
        }
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw RequestValidationException.For(field, $"L'heure {local:HH\\:mm} n'existe pas le {local:dd/MM/yyyy} dans ce fuseau (passage à l'heure d'été).");
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
