using Parcours.Domain.Cohorts;
using Parcours.Domain.Common;

namespace Parcours.Tests.Domain;

public sealed class CohortRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);

    private static PhaseDates[] Phases(string realisationStart = "2018-05-01", string evaluationStart = "2018-11-16") =>
    [
        new(PhaseKind.ConceptionLaunch, new DateOnly(2017, 7, 1), new DateOnly(2018, 3, 31)),
        new(PhaseKind.Realisation, DateOnly.Parse(realisationStart), new DateOnly(2018, 11, 15)),
        new(PhaseKind.EvaluationDeployment, DateOnly.Parse(evaluationStart), new DateOnly(2018, 12, 31)),
    ];

    private static Cohort Pilot(PhaseDates[] phases) =>
        Cohort.Create(Guid.NewGuid(), "Pilote", new DateOnly(2017, 7, 1), new DateOnly(2018, 12, 31), 12, phases, Now);

    [Fact]
    public void Create_WithThreeOrderedPhases_KeepsThemInOrder()
    {
        var cohort = Pilot(Phases());
        Assert.Equal([PhaseKind.ConceptionLaunch, PhaseKind.Realisation, PhaseKind.EvaluationDeployment], cohort.Phases.Select(p => p.Kind));
        Assert.True(cohort.Phase(PhaseKind.Realisation).Contains(new DateOnly(2018, 5, 3)));
    }

    [Fact]
    public void Create_WhenPhasesOverlapByMoreThanAMonth_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Pilot(Phases(evaluationStart: "2018-09-01")));
        Assert.Equal("cohort-phases-overlap", error.Code);
    }

    [Fact]
    public void Create_WhenPhasesTouchOrShareAMonth_AsInTheSeeds_IsAccepted()
    {
        Pilot(Phases(evaluationStart: "2018-11-15")); // the same day
        var pilot = Pilot(Phases(evaluationStart: "2018-11-01")); // réalisation to 15 November, évaluation from 1 November
        Assert.True(pilot.Phase(PhaseKind.Realisation).Contains(new DateOnly(2018, 11, 8)));
        Assert.True(pilot.Phase(PhaseKind.EvaluationDeployment).Contains(new DateOnly(2018, 11, 8)));
    }


    [Fact]
    public void Create_WhenAPhaseLeavesTheCohort_IsRefused()
    {
        var phases = Phases();
        phases[2] = phases[2] with { EndDate = new DateOnly(2019, 1, 31) };
        Assert.Equal("cohort-phase-outside-cohort", Assert.Throws<DomainRuleException>(() => Pilot(phases)).Code);
    }

    [Fact]
    public void Create_WithTwoPhasesOfTheSameKind_IsRefused()
    {
        var phases = Phases();
        phases[2] = phases[2] with { Kind = PhaseKind.Realisation };
        Assert.Equal("cohort-phases-incomplete", Assert.Throws<DomainRuleException>(() => Pilot(phases)).Code);
    }

    [Fact]
    public void Update_MovesPhasesInPlace()
    {
        var cohort = Pilot(Phases());
        var realisation = cohort.Phase(PhaseKind.Realisation);
        cohort.Update("Pilote", new DateOnly(2017, 7, 1), new DateOnly(2018, 12, 31), 10, Phases(realisationStart: "2018-04-15"), Now);
        Assert.Same(realisation, cohort.Phase(PhaseKind.Realisation));
        Assert.Equal(new DateOnly(2018, 4, 15), realisation.StartDate);
        Assert.Equal(10, cohort.TargetTerritoryCount);
    }
}
