using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record DeclineInvitation(DateOnly? Date = null, string? Reason = null) : ICommand<CohortTerritoryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class DeclineInvitationValidator : AbstractValidator<DeclineInvitation>
{
    public DeclineInvitationValidator() => ParticipationChange.ReasonRules(this, x => x.Reason);
}

internal sealed class DeclineInvitationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<DeclineInvitation, CohortTerritoryDto>
{
    public Task<CohortTerritoryDto> Handle(DeclineInvitation request, CancellationToken cancellationToken) =>
        ParticipationChange.ApplyAsync(db, request.CohortId, request.TerritoryId,
            p => p.Decline(request.Date ?? FrenchTime.Today(clock), request.Reason!, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
