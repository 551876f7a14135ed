namespace Parcours.Domain.Reminders;

/// <summary>
/// A cohort's reminder rules: how many days before (or after) each moment they go, or null when the
/// cohort turned that rule off. The roadmap deadline lives here: the path sets none, each cohort
/// chooses it (without one, the two roadmap rules stay silent).
/// </summary>
public sealed class ReminderSettings
{
    public const int MaxDays = 120;

    private ReminderSettings() { }

    public ReminderSettings(Guid cohortId)
    {
        CohortId = cohortId;
    }

    public Guid CohortId { get; private set; }
    public int? SessionEarlyDays { get; private set; } = 7;
    public int? SessionEveDays { get; private set; } = 1;
    public DateOnly? RoadmapDeadline { get; private set; }
    public int? RoadmapNearDays { get; private set; } = 7;
    public int? RoadmapMissedDays { get; private set; } = 1;
    public int? NextStepDays { get; private set; } = 1;
    public int? CommitteeMeetingDays { get; private set; } = 10;
    public bool TwoAbsencesAlert { get; private set; } = true;
    public DateTime? UpdatedAtUtc { get; private set; }
    public string? UpdatedBy { get; private set; }

    /// <summary>The same choices for the next edition; the roadmap's deadline moves with the dates.</summary>
    public ReminderSettings ForNextEdition(Guid cohortId, Func<DateOnly, DateOnly> shift) => new(cohortId)
    {
        SessionEarlyDays = SessionEarlyDays,
        SessionEveDays = SessionEveDays,
        RoadmapDeadline = RoadmapDeadline is { } deadline ? shift(deadline) : null,
        RoadmapNearDays = RoadmapNearDays,
        RoadmapMissedDays = RoadmapMissedDays,
        NextStepDays = NextStepDays,
        CommitteeMeetingDays = CommitteeMeetingDays,
        TwoAbsencesAlert = TwoAbsencesAlert,
    };

    public void Change(int? sessionEarlyDays, int? sessionEveDays, DateOnly? roadmapDeadline, int? roadmapNearDays, int? roadmapMissedDays,
        int? nextStepDays, int? committeeMeetingDays, bool twoAbsencesAlert, string actor, DateTime nowUtc)
    {
        foreach (var days in new[] { sessionEarlyDays, sessionEveDays, roadmapNearDays, roadmapMissedDays, nextStepDays, committeeMeetingDays })
        {
            Common.Rule.Check(days is < 0 or > MaxDays, "reminder-offset", $"Un délai de rappel est compris entre 0 et {MaxDays} jours.");
        }
        SessionEarlyDays = sessionEarlyDays;
        SessionEveDays = sessionEveDays;
        RoadmapDeadline = roadmapDeadline;
        RoadmapNearDays = roadmapNearDays;
        RoadmapMissedDays = roadmapMissedDays;
        NextStepDays = nextStepDays;
        CommitteeMeetingDays = committeeMeetingDays;
        TwoAbsencesAlert = twoAbsencesAlert;
        UpdatedBy = actor;
        UpdatedAtUtc = nowUtc;
    }
}
