using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.FollowUps;

public sealed record CompleteNextStep(Guid EntryId, Guid StepId) : ICommand<FollowUpDto>;

internal sealed class CompleteNextStepHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<CompleteNextStep, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(CompleteNextStep request, CancellationToken cancellationToken)
    {
        var (entry, scope) = await FollowUpLoader.LoadAsync(db, access, request.EntryId, tracking: true, cancellationToken);
        if (!scope.CanWrite(entry.TerritoryId))
        {
            throw new NotFoundException("Cette note de suivi");
        }
        entry.CompleteStep(request.StepId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return FollowUpDto.From(entry, FrenchTime.Today(clock), withRevisions: true);
    }
}
