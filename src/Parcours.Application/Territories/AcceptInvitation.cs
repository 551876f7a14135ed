using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record AcceptInvitation(Guid CohortId, Guid TerritoryId, DateOnly Date) : ICommand<CohortTerritoryDto>;

internal sealed class AcceptInvitationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<AcceptInvitation, CohortTerritoryDto>
{
    public Task<CohortTerritoryDto> Handle(AcceptInvitation request, CancellationToken cancellationToken) =>
        ParticipationChange.ApplyAsync(db, request.CohortId, request.TerritoryId,
            p => p.Accept(request.Date, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
