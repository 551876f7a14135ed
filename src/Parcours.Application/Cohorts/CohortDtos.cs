using Parcours.Domain.Cohorts;

namespace Parcours.Application.Cohorts;

public sealed record PhaseDto(PhaseKind Kind, string Label, DateOnly StartDate, DateOnly EndDate);

public sealed record CohortDto(
    Guid Id, Guid ProgrammeId, string Title, DateOnly StartDate, DateOnly EndDate,
    int TargetTerritoryCount, IReadOnlyList<PhaseDto> Phases)
{
    public static CohortDto From(Cohort c) => new(
        c.Id, c.ProgrammeId, c.Title, c.StartDate, c.EndDate, c.TargetTerritoryCount,
        [.. c.Phases.OrderBy(p => p.Kind).Select(p => new PhaseDto(p.Kind, Cohort.PhaseLabel(p.Kind), p.StartDate, p.EndDate))]);
}

/// <summary>The fields a coordinator gives when creating or changing a cohort.</summary>
public interface ICohortFields
{
    string Title { get; }
    DateOnly StartDate { get; }
    DateOnly EndDate { get; }
    int TargetTerritoryCount { get; }
    IReadOnlyList<PhaseDates>? Phases { get; }
}
