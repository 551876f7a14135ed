using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record RoadmapSummaryDto(Guid TerritoryId, string TerritoryName, RoadmapStatus? Status, int Version, int SubmittedVersions, int? ValidatedVersion, bool Pitched);

/// <summary>The cohort's roadmaps the caller may see, with where each stands.</summary>
public sealed record ListCohortRoadmaps(Guid CohortId) : IQuery<IReadOnlyList<RoadmapSummaryDto>>;

internal sealed class ListCohortRoadmapsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCohortRoadmaps, IReadOnlyList<RoadmapSummaryDto>>
{
    public async Task<IReadOnlyList<RoadmapSummaryDto>> Handle(ListCohortRoadmaps request, CancellationToken cancellationToken)
    {
        var territories = await db.Participations.AsNoTracking().Where(p => p.CohortId == request.CohortId && p.Status == Domain.Territories.ParticipationStatus.Accepted)
            .OrderBy(p => p.TerritoryName).Select(p => new { p.TerritoryId, p.TerritoryName }).ToListAsync(cancellationToken);
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.CohortId == request.CohortId).ToDictionaryAsync(r => r.TerritoryId, cancellationToken);
        var validated = (await db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == request.CohortId && v.Outcome == ReviewOutcome.Validated)
            .Select(v => new { v.TerritoryId, v.Number, v.Pitched }).ToListAsync(cancellationToken)).ToLookup(v => v.TerritoryId);
        var cohortScope = await RoadmapScope.Cohort.ForAsync(access, request.CohortId, cancellationToken);
        var result = new List<RoadmapSummaryDto>();
        foreach (var t in territories)
        {
            var scope = cohortScope.For(t.TerritoryId);
            if (!scope.CanReadValidated) continue;
            var latestValidated = validated[t.TerritoryId].OrderByDescending(v => v.Number).FirstOrDefault();
            if (!scope.CanReadDrafts && latestValidated is null) continue;
            var roadmap = roadmaps.GetValueOrDefault(t.TerritoryId);
            result.Add(new RoadmapSummaryDto(t.TerritoryId, t.TerritoryName, scope.CanReadDrafts ? roadmap?.Status : RoadmapStatus.Validated,
                scope.CanReadDrafts ? roadmap?.Version ?? 0 : latestValidated!.Number, roadmap?.SubmittedVersions ?? 0, latestValidated?.Number, validated[t.TerritoryId].Any(v => v.Pitched)));
        }
        if (!access.IsCoordinator && result.Count == 0 && !cohortScope.For(Guid.Empty).CanReadValidated)
        {
            // Someone with no standing in this cohort learns nothing about it.
            throw NotFoundException.Cohort();
        }
        if (access.IsCoordinator) await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        return result;
    }
}
