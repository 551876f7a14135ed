using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record GetRoadmapVersion(Guid CohortId, Guid TerritoryId, int Number) : IQuery<RoadmapVersionDto>;

internal sealed class GetRoadmapVersionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetRoadmapVersion, RoadmapVersionDto>
{
    public async Task<RoadmapVersionDto> Handle(GetRoadmapVersion request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        return RoadmapVersionDto.From(await RoadmapVersionQueries.OneAsync(db, scope, request.CohortId, request.TerritoryId, request.Number, cancellationToken), withContent: true);
    }
}
