using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>Changes a cohort's reminder rules; the reminders still to come are planned again at once.</summary>
public sealed record ChangeReminderSettings(
    int? SessionEarlyDays, int? SessionEveDays, DateOnly? RoadmapDeadline, int? RoadmapNearDays, int? RoadmapMissedDays,
    int? NextStepDays, int? CommitteeMeetingDays, bool TwoAbsencesAlert) : ICommand<ReminderSettingsDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class ChangeReminderSettingsValidator : AbstractValidator<ChangeReminderSettings>
{
    public ChangeReminderSettingsValidator()
    {
        Days(x => x.SessionEarlyDays, "sessionEarlyDays");
        Days(x => x.SessionEveDays, "sessionEveDays");
        Days(x => x.RoadmapNearDays, "roadmapNearDays");
        Days(x => x.RoadmapMissedDays, "roadmapMissedDays");
        Days(x => x.NextStepDays, "nextStepDays");
        Days(x => x.CommitteeMeetingDays, "committeeMeetingDays");
        RuleFor(x => x.RoadmapDeadline).Must(d => d is null || d.Value.Year is >= 2000 and <= 2100)
            .WithMessage("L'échéance de la feuille de route est hors des années 2000 à 2100.");
    }

    private void Days(System.Linq.Expressions.Expression<Func<ChangeReminderSettings, int?>> days, string field) =>
        RuleFor(days).Must(d => d is null or (>= 0 and <= ReminderSettings.MaxDays)).OverridePropertyName(field)
            .WithMessage($"Le délai est un nombre de jours entre 0 et {ReminderSettings.MaxDays} (ou null pour ne pas envoyer ce rappel) ; un délai négatif n'a pas de sens.");
}

internal sealed class ChangeReminderSettingsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, ReminderPlanner planner, Cohorts.ICohortFacts cohorts)
    : MediatR.IRequestHandler<ChangeReminderSettings, ReminderSettingsDto>
{
    public async Task<ReminderSettingsDto> Handle(ChangeReminderSettings request, CancellationToken cancellationToken)
    {
        if (!await cohorts.ExistsAsync(request.CohortId, cancellationToken)) throw new NotFoundException("Cette promotion");
        var settings = await db.ReminderSettings.FirstOrDefaultAsync(s => s.CohortId == request.CohortId, cancellationToken);
        if (settings is null)
        {
            settings = new ReminderSettings(request.CohortId);
            db.ReminderSettings.Add(settings);
        }
        settings.Change(request.SessionEarlyDays, request.SessionEveDays, request.RoadmapDeadline, request.RoadmapNearDays, request.RoadmapMissedDays,
            request.NextStepDays, request.CommitteeMeetingDays, request.TwoAbsencesAlert, access.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await planner.PlanCohortAsync(request.CohortId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReminderSettingsDto.From(settings);
    }
}
