using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Territories;

/// <summary>One territory of a cohort. Coordinators also get the dated history of its invitation.</summary>
public sealed record GetCohortTerritory(Guid CohortId, Guid TerritoryId) : IQuery<CohortTerritoryDto>;

internal sealed class GetCohortTerritoryHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<GetCohortTerritory, CohortTerritoryDto>
{
    public async Task<CohortTerritoryDto> Handle(GetCohortTerritory request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var participation = await db.Participations.AsNoTracking().Include(p => p.Events)
            .SingleOrDefaultAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken)
            ?? throw NotFoundException.Territory();
        var territory = await db.Territories.AsNoTracking().SingleAsync(t => t.Id == request.TerritoryId, cancellationToken);
        return CohortTerritoryDto.From(participation, territory, withHistory: access.IsCoordinator);
    }
}
