using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record DeclineInvitation(Guid CohortId, Guid TerritoryId, DateOnly Date, string? Reason) : ICommand<CohortTerritoryDto>;

internal sealed class DeclineInvitationValidator : AbstractValidator<DeclineInvitation>
{
    public DeclineInvitationValidator() => ParticipationChange.ReasonRules(this, x => x.Reason);
}

internal sealed class DeclineInvitationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<DeclineInvitation, CohortTerritoryDto>
{
    public Task<CohortTerritoryDto> Handle(DeclineInvitation request, CancellationToken cancellationToken) =>
        ParticipationChange.ApplyAsync(db, request.CohortId, request.TerritoryId,
            p => p.Decline(request.Date, request.Reason!, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
