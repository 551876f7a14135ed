using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Territories;

public sealed record WithdrawParticipation(Guid CohortId, Guid TerritoryId, DateOnly Date, string? Reason) : ICommand<CohortTerritoryDto>;

internal sealed class WithdrawParticipationValidator : AbstractValidator<WithdrawParticipation>
{
    public WithdrawParticipationValidator() => ParticipationChange.ReasonRules(this, x => x.Reason);
}

internal sealed class WithdrawParticipationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<WithdrawParticipation, CohortTerritoryDto>
{
    public Task<CohortTerritoryDto> Handle(WithdrawParticipation request, CancellationToken cancellationToken) =>
        ParticipationChange.ApplyAsync(db, request.CohortId, request.TerritoryId,
            p => p.Withdraw(request.Date, request.Reason!, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
