using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

/// <summary>The coordinator solicits a territory for a cohort.</summary>
public sealed record InviteTerritory(Guid TerritoryId, DateOnly? Date = null) : ICommand<CohortTerritoryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class InviteTerritoryHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<InviteTerritory, CohortTerritoryDto>
{
    public async Task<CohortTerritoryDto> Handle(InviteTerritory request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var territory = await db.Territories.FindAsync([request.TerritoryId], cancellationToken)
            ?? throw RequestValidationException.For("territoryId", "Ce territoire n'existe pas.");
        if (await db.Participations.AnyAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken))
        {
            throw new DomainRuleException("territory-already-invited", $"« {territory.Name} » est déjà sollicité pour cette promotion.");
        }
        var participation = Participation.Solicit(request.CohortId, territory, request.Date ?? FrenchTime.Today(clock), access.Actor, clock.GetUtcNow().UtcDateTime);
        db.Participations.Add(participation);
        await db.SaveChangesAsync(cancellationToken);
        return CohortTerritoryDto.From(participation, territory, withHistory: true);
    }
}
