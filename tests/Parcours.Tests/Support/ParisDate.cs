using System.Globalization;

namespace Parcours.Tests.Support;

/// <summary>
/// Today as Parcours counts days: in Paris. A test that counts days from the machine's UTC date is one day off
/// between midnight in Paris and midnight UTC (it failed so at 23:00 UTC); day arithmetic in tests goes through here.
/// </summary>
internal static class ParisDate
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Paris));

    /// <summary>The Paris day <paramref name="offset"/> days from today, as the API reads it (yyyy-MM-dd).</summary>
    public static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
