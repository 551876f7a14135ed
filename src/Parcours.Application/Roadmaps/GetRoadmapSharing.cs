using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Roadmaps;

/// <summary>Whether a roadmap is shared with the cohort, under which themes, and whether it could be (a validated version exists).</summary>
public sealed record GetRoadmapSharing(Guid CohortId, Guid TerritoryId) : IQuery<RoadmapSharingDto>;

internal sealed class GetRoadmapSharingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetRoadmapSharing, RoadmapSharingDto>
{
    public async Task<RoadmapSharingDto> Handle(GetRoadmapSharing request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsureDrafts();
        var roadmap = await db.Roadmaps.AsNoTracking().SingleOrDefaultAsync(r => r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId, cancellationToken);
        return roadmap is null
            ? new RoadmapSharingDto(request.CohortId, request.TerritoryId, false, null, [], false)
            : RoadmapSharing.From(roadmap, await RoadmapSharing.HasValidatedVersionAsync(db, roadmap.Id, cancellationToken));
    }
}
