using MediatR;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;

namespace Parcours.Application.Resources;

/// <summary>
/// A cohort's next edition keeps its library: each resource, with its classification and who may read it, supports
/// the session of the same number in the new cohort (or stays the cohort's). Documents keep their stored bytes.
/// </summary>
internal sealed class CarryResourcesToNextEdition(IParcoursDbContext db, TimeProvider clock) : INotificationHandler<Announced<CohortEditionCreated>>
{
    public async Task Handle(Announced<CohortEditionCreated> notification, CancellationToken cancellationToken)
    {
        var created = notification.Event;
        var resources = await db.Resources.AsNoTracking().Where(r => r.CohortId == created.SourceCohortId).ToListAsync(cancellationToken);
        if (resources.Count == 0) return;
        var numbers = await db.Sessions.AsNoTracking().Where(s => s.CohortId == created.SourceCohortId).ToDictionaryAsync(s => s.Id, s => s.Number, cancellationToken);
        var next = await db.Sessions.AsNoTracking().Where(s => s.CohortId == created.CohortId).ToDictionaryAsync(s => s.Number, s => s.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Resources.AddRange(resources.Select(r => r.ForNextEdition(created.CohortId,
            r.SessionId is { } id && numbers.TryGetValue(id, out var number) && next.TryGetValue(number, out var session) ? session : null, now)));
    }
}
