using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Territories;

public sealed record GetTerritory(Guid Id) : IQuery<TerritoryDto>;

internal sealed class GetTerritoryHandler(IParcoursDbContext db) : MediatR.IRequestHandler<GetTerritory, TerritoryDto>
{
    public async Task<TerritoryDto> Handle(GetTerritory request, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw NotFoundException.Territory();
        return TerritoryDto.From(territory);
    }
}
