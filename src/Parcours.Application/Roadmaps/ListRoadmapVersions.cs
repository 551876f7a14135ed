using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>The submitted versions; committee members see the validated ones only.</summary>
public sealed record ListRoadmapVersions(Guid CohortId, Guid TerritoryId) : IQuery<IReadOnlyList<RoadmapVersionDto>>;

internal sealed class ListRoadmapVersionsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ListRoadmapVersions, IReadOnlyList<RoadmapVersionDto>>
{
    public async Task<IReadOnlyList<RoadmapVersionDto>> Handle(ListRoadmapVersions request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        var versions = await RoadmapVersionQueries.VisibleAsync(db, scope, request.CohortId, request.TerritoryId, cancellationToken);
        return [.. versions.Select(v => RoadmapVersionDto.From(v, withContent: false))];
    }
}

internal static class RoadmapVersionQueries
{
    public static async Task<List<RoadmapVersion>> VisibleAsync(IParcoursDbContext db, RoadmapScope scope, Guid cohortId, Guid territoryId, CancellationToken ct)
    {
        var query = db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == cohortId && v.TerritoryId == territoryId);
        if (!scope.CanReadDrafts) query = query.Where(v => v.Outcome == ReviewOutcome.Validated);
        return await query.OrderBy(v => v.Number).ToListAsync(ct);
    }

    public static async Task<RoadmapVersion> OneAsync(IParcoursDbContext db, RoadmapScope scope, Guid cohortId, Guid territoryId, int number, CancellationToken ct) =>
        (await VisibleAsync(db, scope, cohortId, territoryId, ct)).SingleOrDefault(v => v.Number == number) ?? throw new NotFoundException("Cette version");
}
