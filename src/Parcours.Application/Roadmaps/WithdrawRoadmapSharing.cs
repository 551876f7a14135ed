using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Roadmaps;

/// <summary>The binôme stops sharing its roadmap: from this moment no other territory finds or reads it.</summary>
public sealed record WithdrawRoadmapSharing(Guid CohortId, Guid TerritoryId) : ICommand<RoadmapSharingDto>;

internal sealed class WithdrawRoadmapSharingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<WithdrawRoadmapSharing, RoadmapSharingDto>
{
    public async Task<RoadmapSharingDto> Handle(WithdrawRoadmapSharing request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        var roadmap = await db.Roadmaps.SingleOrDefaultAsync(r => r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId, cancellationToken);
        if (roadmap is null) return new RoadmapSharingDto(request.CohortId, request.TerritoryId, false, null, [], false); // nothing was shared
        roadmap.Unshare();
        await db.SaveChangesAsync(cancellationToken);
        return RoadmapSharing.From(roadmap, await RoadmapSharing.HasValidatedVersionAsync(db, roadmap.Id, cancellationToken));
    }
}
