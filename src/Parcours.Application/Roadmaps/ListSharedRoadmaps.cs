using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Territories;

namespace Parcours.Application.Roadmaps;

public sealed record SharedRoadmapItem(Guid TerritoryId, string TerritoryName, FrenchRegion Region, string RegionLabel, TerritoryKind Kind, string KindLabel,
    IReadOnlyList<ProgrammeTheme> Themes, IReadOnlyList<string> ThemeLabels, DateTime SharedAtUtc, bool Own, Guid CohortId, string CohortTitle, SharingScope SharedWith);

/// <summary>
/// Peer exchange: the roadmaps the cohort's binômes chose to share, and those the binômes of other cohorts share
/// with the whole programme, found by theme, region and kind of territory. For the cohort's catalysts (and the
/// coordination); a roadmap not shared, or no longer, is not listed. The cohort's own come first.
/// </summary>
public sealed record ListSharedRoadmaps(Guid CohortId, ProgrammeTheme? Theme = null, FrenchRegion? Region = null, TerritoryKind? Kind = null)
    : IQuery<IReadOnlyList<SharedRoadmapItem>>;

internal sealed class ListSharedRoadmapsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListSharedRoadmaps, IReadOnlyList<SharedRoadmapItem>>
{
    public async Task<IReadOnlyList<SharedRoadmapItem>> Handle(ListSharedRoadmaps request, CancellationToken cancellationToken)
    {
        var standing = await access.StandingAsync(request.CohortId, cancellationToken);
        if (!standing.ReadsCohort) throw NotFoundException.Cohort();
        var query = from r in db.Roadmaps.AsNoTracking()
                    where r.SharedAtUtc != null && (r.CohortId == request.CohortId || r.SharedWith == SharingScope.Programme)
                    join p in db.Participations.AsNoTracking() on new { r.CohortId, r.TerritoryId } equals new { p.CohortId, p.TerritoryId }
                    join c in db.Cohorts.AsNoTracking() on r.CohortId equals c.Id
                    select new
                    {
                        r.CohortId, CohortTitle = c.Title, r.TerritoryId, p.TerritoryName, p.TerritoryRegion, p.TerritoryKind, r.SharedThemes,
                        SharedAtUtc = r.SharedAtUtc!.Value, r.SharedWith, Mine = r.CohortId == request.CohortId,
                    };
        if (request.Region is { } region) query = query.Where(x => x.TerritoryRegion == region);
        if (request.Kind is { } kind) query = query.Where(x => x.TerritoryKind == kind);
        var rows = await query.OrderByDescending(x => x.Mine).ThenBy(x => x.CohortTitle).ThenBy(x => x.TerritoryName).ToListAsync(cancellationToken);
        // Themes live in a JSON column: filtered here, on the roadmaps binômes chose to share (a few per cohort).
        return [.. rows.Where(x => request.Theme is not { } theme || x.SharedThemes.Contains(theme))
            .Select(x => new SharedRoadmapItem(x.TerritoryId, x.TerritoryName, x.TerritoryRegion, FrenchLabels.Label(x.TerritoryRegion),
                x.TerritoryKind, FrenchLabels.Label(x.TerritoryKind), x.SharedThemes, [.. x.SharedThemes.Select(ProgrammeThemes.Label)],
                x.SharedAtUtc, x.Mine && standing.IsPairOf(x.TerritoryId), x.CohortId, x.CohortTitle, x.SharedWith ?? SharingScope.Cohort))];
    }
}
