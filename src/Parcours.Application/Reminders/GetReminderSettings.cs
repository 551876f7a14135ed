using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>A cohort's reminder rules; a null number of days means the rule is off.</summary>
public sealed record ReminderSettingsDto(
    Guid CohortId, int? SessionEarlyDays, int? SessionEveDays, DateOnly? RoadmapDeadline, int? RoadmapNearDays, int? RoadmapMissedDays,
    int? NextStepDays, int? CommitteeMeetingDays, bool TwoAbsencesAlert, DateTime? UpdatedAtUtc, string? UpdatedBy)
{
    public static ReminderSettingsDto From(ReminderSettings s) => new(s.CohortId, s.SessionEarlyDays, s.SessionEveDays, s.RoadmapDeadline,
        s.RoadmapNearDays, s.RoadmapMissedDays, s.NextStepDays, s.CommitteeMeetingDays, s.TwoAbsencesAlert, s.UpdatedAtUtc, s.UpdatedBy);
}

public sealed record GetReminderSettings(Guid CohortId) : IQuery<ReminderSettingsDto>;

internal sealed class GetReminderSettingsHandler(ReminderPlanner planner, Cohorts.ICohortFacts cohorts) : MediatR.IRequestHandler<GetReminderSettings, ReminderSettingsDto>
{
    public async Task<ReminderSettingsDto> Handle(GetReminderSettings request, CancellationToken cancellationToken)
    {
        if (!await cohorts.ExistsAsync(request.CohortId, cancellationToken)) throw new NotFoundException("Cette promotion");
        return ReminderSettingsDto.From(await planner.SettingsAsync(request.CohortId, cancellationToken));
    }
}
