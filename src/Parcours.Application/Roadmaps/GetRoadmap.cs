using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Roadmaps;

/// <summary>
/// The working text of a territory's roadmap (a blank one, version 0, before the first write). A
/// committee member, who reads validated versions only, gets the last validated version at the same
/// address (« introuvable » while none is validated).
/// </summary>
public sealed record GetRoadmap(Guid CohortId, Guid TerritoryId) : IQuery<RoadmapDto>;

internal sealed class GetRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetRoadmap, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(GetRoadmap request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        if (!scope.CanReadDrafts)
        {
            var validated = (await RoadmapVersionQueries.VisibleAsync(db, scope, request.CohortId, request.TerritoryId, cancellationToken)).LastOrDefault()
                ?? throw new Common.Exceptions.NotFoundException("Cette feuille de route");
            return new RoadmapDto(request.CohortId, request.TerritoryId, await Roadmaps.TerritoryNameAsync(db, request.CohortId, request.TerritoryId, cancellationToken),
                Domain.Roadmaps.RoadmapStatus.Validated, validated.Number, validated.Sections, validated.Actions, validated.Number,
                validated.DecidedAtUtc ?? validated.SubmittedAtUtc, validated.DecidedBy ?? validated.SubmittedBy);
        }
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: false, cancellationToken);
        return RoadmapDto.From(roadmap, await Roadmaps.TerritoryNameAsync(db, request.CohortId, request.TerritoryId, cancellationToken));
    }
}
