using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

using Parcours.Domain.Territories;

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
        if (access.IsCoordinator) return CohortTerritoryDto.From(participation, territory, withHistory: true);
        // A catalyst: a territory that does not take part is « introuvable », one that does shows what the community needs.
        if (participation.Status != ParticipationStatus.Accepted) throw NotFoundException.Territory();
        var binome = await Binomes.OfAsync(db, request.CohortId, [request.TerritoryId], cancellationToken);
        return CohortTerritoryDto.ForCommunity(participation, territory, [.. binome[request.TerritoryId]]);
    }
}
