namespace Parcours.Domain.Cohorts;

public sealed class CohortPhase
{
    private CohortPhase() { }

    internal CohortPhase(PhaseKind kind, DateOnly startDate, DateOnly endDate)
    {
        Kind = kind;
        StartDate = startDate;
        EndDate = endDate;
    }

    public PhaseKind Kind { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }

    internal void Move(DateOnly startDate, DateOnly endDate)
    {
        StartDate = startDate;
        EndDate = endDate;
    }

    public bool Contains(DateOnly day) => day >= StartDate && day <= EndDate;
}

public sealed record PhaseDates(PhaseKind Kind, DateOnly StartDate, DateOnly EndDate);
