using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>The visits a caller may see: all for coordinators, the hosts they coach, the visits their territory hosted or made.</summary>
public sealed record ListFieldVisits(Guid CohortId) : IQuery<IReadOnlyList<FieldVisitDto>>;

internal sealed class ListFieldVisitsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListFieldVisits, IReadOnlyList<FieldVisitDto>>
{
    public async Task<IReadOnlyList<FieldVisitDto>> Handle(ListFieldVisits request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        var visits = await (from v in db.FieldVisits.AsNoTracking()
                            where v.CohortId == request.CohortId
                            join p in db.Participations.AsNoTracking() on new { v.CohortId, TerritoryId = v.HostTerritoryId } equals new { p.CohortId, p.TerritoryId }
                            orderby v.Date descending
                            select new { v, p.TerritoryName }).ToListAsync(cancellationToken);
        return [.. visits
            .Where(x => scope.CanReadEverything(x.v.HostTerritoryId) || scope.Own.Contains(x.v.HostTerritoryId)
                || x.v.Visitors.Any(g => g.TerritoryId is { } t && scope.Own.Contains(t)))
            .Select(x => new FieldVisitDto(x.v.Id, x.v.CohortId, x.v.HostTerritoryId, x.TerritoryName, x.v.Date, x.v.Visitors, x.v.Purpose, x.v.Learnings, x.v.FollowUpEntryId))];
    }
}
