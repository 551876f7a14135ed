namespace Parcours.Application.Common;

/// <summary>
/// Working days in France: Monday to Friday, less the public holidays — the fixed ones and those
/// that follow Easter (Easter Monday, Ascension, Whit Monday).
/// </summary>
public static class FrenchCalendar
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays(day.Year).Contains(day);

    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    public static DateOnly OnOrBefore(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    private static HashSet<DateOnly> Holidays(int year)
    {
        var easter = Easter(year);
        return
        [
            new(year, 1, 1), new(year, 5, 1), new(year, 5, 8), new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
            easter.AddDays(1), easter.AddDays(39), easter.AddDays(50),
        ];
    }

    /// <summary>Easter Sunday (Meeus/Jones/Butcher, Gregorian calendar).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = ((h + l - 7 * m + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
