using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record AcceptInvitation(DateOnly? Date = null) : ICommand<CohortTerritoryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class AcceptInvitationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<AcceptInvitation, CohortTerritoryDto>
{
    public Task<CohortTerritoryDto> Handle(AcceptInvitation request, CancellationToken cancellationToken) =>
        ParticipationChange.ApplyAsync(db, request.CohortId, request.TerritoryId,
            p => p.Accept(request.Date ?? FrenchTime.Today(clock), access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
