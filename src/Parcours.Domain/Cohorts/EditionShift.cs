namespace Parcours.Domain.Cohorts;

/// <summary>
/// How a cohort's dates move to its next edition: by whole months when the new start is the old one moved
/// by whole months (so that « 31 March » stays the end of March), otherwise by days.
/// </summary>
public sealed record EditionShift(int Months, int Days)
{
    public static EditionShift Between(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return from.AddMonths(months) == to ? new EditionShift(months, 0) : new EditionShift(0, to.DayNumber - from.DayNumber);
    }

    public DateOnly Apply(DateOnly day)
    {
        try
        {
            return Months != 0 ? day.AddMonths(Months) : day.AddDays(Days);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new Common.DomainRuleException("edition-dates-out-of-range", "Décalées d'autant, les dates de la promotion sortiraient du calendrier : choisissez une autre date de début.");
        }
    }
}
