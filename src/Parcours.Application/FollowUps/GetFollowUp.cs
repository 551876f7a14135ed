using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.FollowUps;

public sealed record GetFollowUp(Guid Id) : IQuery<FollowUpDto>;

internal sealed class GetFollowUpHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(GetFollowUp request, CancellationToken cancellationToken)
    {
        var (entry, scope) = await FollowUpLoader.LoadAsync(db, access, request.Id, tracking: false, cancellationToken);
        await ConfidentialReads.RecordAsync(db, [(entry.Id, entry.TerritoryId, entry.CohortId, entry.Visibility)], cancellationToken);
        return FollowUpDto.From(entry, FrenchTime.Today(clock), withRevisions: scope.CanReadEverything(entry.TerritoryId));
    }
}
