using MediatR;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;

namespace Parcours.Application.Reminders;

/// <summary>A cohort's next edition keeps its reminder choices; the roadmap's deadline moves with the dates.</summary>
internal sealed class CarrySettingsToNextEdition(IParcoursDbContext db) : INotificationHandler<Announced<CohortEditionCreated>>
{
    public async Task Handle(Announced<CohortEditionCreated> notification, CancellationToken cancellationToken)
    {
        var created = notification.Event;
        if (await db.ReminderSettings.AsNoTracking().SingleOrDefaultAsync(r => r.CohortId == created.SourceCohortId, cancellationToken) is { } settings)
        {
            db.ReminderSettings.Add(settings.ForNextEdition(created.CohortId, created.Shift.Apply));
        }
    }
}
