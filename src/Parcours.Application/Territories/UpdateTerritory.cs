using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

public sealed record UpdateTerritory(Guid Id, TerritoryProfile Profile) : ICommand<TerritoryDto>;

internal sealed class UpdateTerritoryValidator : AbstractValidator<UpdateTerritory>
{
    public UpdateTerritoryValidator() => RuleFor(x => x.Profile).SetValidator(new TerritoryProfileValidator()).OverridePropertyName("");
}

internal sealed class UpdateTerritoryHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<UpdateTerritory, TerritoryDto>
{
    public async Task<TerritoryDto> Handle(UpdateTerritory request, CancellationToken cancellationToken)
    {
        var territory = await db.Territories.FindAsync([request.Id], cancellationToken) ?? throw NotFoundException.Territory();
        await TerritoryCodes.EnsureFreeAsync(db, request.Profile.OfficialCode, territory.Id, cancellationToken);
        territory.Update(request.Profile, clock.GetUtcNow().UtcDateTime);
        foreach (var participation in await db.Participations.Where(p => p.TerritoryId == territory.Id).ToListAsync(cancellationToken))
        {
            participation.Describe(territory);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TerritoryDto.From(territory);
    }
}
