using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

public sealed record CreateTerritory(TerritoryProfile Profile) : ICommand<TerritoryDto>;

internal sealed class CreateTerritoryValidator : AbstractValidator<CreateTerritory>
{
    public CreateTerritoryValidator() => RuleFor(x => x.Profile).SetValidator(new TerritoryProfileValidator()).OverridePropertyName("");
}

internal sealed class CreateTerritoryHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<CreateTerritory, TerritoryDto>
{
    public async Task<TerritoryDto> Handle(CreateTerritory request, CancellationToken cancellationToken)
    {
        await TerritoryCodes.EnsureFreeAsync(db, request.Profile.OfficialCode, null, cancellationToken);
        var territory = new Territory(request.Profile, clock.GetUtcNow().UtcDateTime);
        db.Territories.Add(territory);
        await db.SaveChangesAsync(cancellationToken);
        return TerritoryDto.From(territory);
    }
}
