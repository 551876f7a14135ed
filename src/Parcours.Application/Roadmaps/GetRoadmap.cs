using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Roadmaps;

/// <summary>The working text of a territory's roadmap (a blank one, version 0, before the first write).</summary>
public sealed record GetRoadmap(Guid CohortId, Guid TerritoryId) : IQuery<RoadmapDto>;

internal sealed class GetRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetRoadmap, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(GetRoadmap request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        scope.EnsureDrafts();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: false, cancellationToken);
        return RoadmapDto.From(roadmap, await Roadmaps.TerritoryNameAsync(db, request.CohortId, request.TerritoryId, cancellationToken));
    }
}
