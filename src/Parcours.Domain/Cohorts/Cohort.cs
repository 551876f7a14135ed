using Parcours.Domain.Common;

namespace Parcours.Domain.Cohorts;

/// <summary>A « promotion »: one run of a programme, with its dates and its three phases.</summary>
public sealed class Cohort : AggregateRoot
{
    private readonly List<CohortPhase> _phases = [];

    private Cohort() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public int TargetTerritoryCount { get; private set; }
    /// <summary>The expected rhythm of individual follow-up: one contact per territory every so many days.</summary>
    public int ContactCadenceDays { get; private set; } = DefaultCadenceDays;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<CohortPhase> Phases => _phases;

    public static Cohort Create(
        Guid programmeId, string title, DateOnly startDate, DateOnly endDate,
        int targetTerritoryCount, IReadOnlyCollection<PhaseDates> phases, DateTime nowUtc)
    {
        var cohort = new Cohort { Id = Guid.CreateVersion7(), ProgrammeId = programmeId, CreatedAtUtc = nowUtc };
        cohort.Update(title, startDate, endDate, targetTerritoryCount, phases, nowUtc);
        return cohort;
    }

    /// <summary>
    /// The next edition of this cohort: the same programme, target and contact cadence, its dates and
    /// phases moved to start on <paramref name="startDate"/> — and nothing of its territories.
    /// </summary>
    public Cohort NextEdition(string title, DateOnly startDate, DateTime nowUtc)
    {
        var shift = EditionShift.Between(StartDate, startDate);
        var next = Create(ProgrammeId, title, startDate, shift.Apply(EndDate), TargetTerritoryCount,
            [.. _phases.Select(p => new PhaseDates(p.Kind, shift.Apply(p.StartDate), shift.Apply(p.EndDate)))], nowUtc);
        next.ContactCadenceDays = ContactCadenceDays;
        next.Raise(new CohortEditionCreated(Id, next.Id, shift));
        return next;
    }

    public void Update(
        string title, DateOnly startDate, DateOnly endDate,
        int targetTerritoryCount, IReadOnlyCollection<PhaseDates> phases, DateTime nowUtc)
    {
        Rule.Check(endDate < startDate, "cohort-dates-inverted",
            "La date de fin de la promotion précède sa date de début.");
        Rule.Check(targetTerritoryCount < 1, "cohort-target-invalid",
            "Le nombre de territoires visé doit être d'au moins 1.");
        CheckPhases(startDate, endDate, phases);

        Title = title.Trim();
        StartDate = startDate;
        EndDate = endDate;
        TargetTerritoryCount = targetTerritoryCount;
        // Phases are changed in place, not replaced: their identity is (cohort, kind).
        foreach (var dates in phases)
        {
            var phase = _phases.SingleOrDefault(p => p.Kind == dates.Kind);
            if (phase is null) _phases.Add(new CohortPhase(dates.Kind, dates.StartDate, dates.EndDate));
            else phase.Move(dates.StartDate, dates.EndDate);
        }
        UpdatedAtUtc = nowUtc;
    }

    public const int DefaultCadenceDays = 30;

    public void SetContactCadence(int days)
    {
        Rule.Check(days is < 1 or > 365, "cohort-cadence-invalid", "Le rythme de suivi est compris entre 1 et 365 jours.");
        ContactCadenceDays = days;
    }

    public CohortPhase Phase(PhaseKind kind) => _phases.Single(p => p.Kind == kind);

    /// <summary>How long two successive phases may share (a month, as the seeds' November).</summary>
    public const int MaxPhaseOverlapDays = 31;

    private static void CheckPhases(DateOnly start, DateOnly end, IReadOnlyCollection<PhaseDates> phases)
    {
        var kinds = phases.Select(p => p.Kind).Distinct().Count();
        Rule.Check(phases.Count != 3 || kinds != 3, "cohort-phases-incomplete",
            "Une promotion a exactement trois phases : conception & lancement, réalisation, évaluation & déploiement.");
        PhaseDates? previous = null;
        foreach (var phase in phases.OrderBy(p => p.Kind))
        {
            Rule.Check(phase.EndDate < phase.StartDate, "cohort-phase-dates-inverted",
                $"La phase « {PhaseLabel(phase.Kind)} » se termine avant de commencer.");
            Rule.Check(phase.StartDate < start || phase.EndDate > end, "cohort-phase-outside-cohort",
                $"La phase « {PhaseLabel(phase.Kind)} » déborde des dates de la promotion.");
            // The seeds date phases by month: réalisation (May–November) and évaluation (November–December)
            // share November. Touching or overlapping by up to a month is the programme's way; the order holds.
            Rule.Check(previous is not null && (phase.StartDate < previous.StartDate || phase.EndDate < previous.EndDate), "cohort-phases-order",
                $"La phase « {PhaseLabel(phase.Kind)} » doit commencer et finir après la phase précédente.");
            Rule.Check(previous is not null && previous.EndDate.DayNumber - phase.StartDate.DayNumber + 1 > MaxPhaseOverlapDays, "cohort-phases-overlap",
                $"La phase « {PhaseLabel(phase.Kind)} » chevauche la précédente de plus de {MaxPhaseOverlapDays} jours.");
            previous = phase;
        }
    }

    public static string PhaseLabel(PhaseKind kind) => kind switch
    {
        PhaseKind.ConceptionLaunch => "conception & lancement",
        PhaseKind.Realisation => "réalisation",
        PhaseKind.EvaluationDeployment => "évaluation & déploiement",
        _ => kind.ToString(),
    };
}
