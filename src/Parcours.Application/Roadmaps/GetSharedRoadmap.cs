using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record SharedRoadmapDto(Guid CohortId, Guid TerritoryId, string TerritoryName, IReadOnlyList<string> ThemeLabels, DateTime SharedAtUtc,
    RoadmapVersionDto Version);

/// <summary>
/// A peer reads a roadmap another binôme shares: its last validated version, nothing of drafts, comments or reviews'
/// notes. Shared with the cohort: its catalysts; shared with the programme: the catalysts of any cohort.
/// </summary>
public sealed record GetSharedRoadmap(Guid CohortId, Guid TerritoryId) : IQuery<SharedRoadmapDto>;

internal sealed class GetSharedRoadmapHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetSharedRoadmap, SharedRoadmapDto>
{
    public async Task<SharedRoadmapDto> Handle(GetSharedRoadmap request, CancellationToken cancellationToken)
    {
        var readsCohort = (await access.StandingAsync(request.CohortId, cancellationToken)).ReadsCohort;
        var programmeReader = readsCohort || (await access.CatalystCohortIdsAsync(cancellationToken)).Count > 0;
        var shared = programmeReader
            ? await (from r in db.Roadmaps.AsNoTracking()
                     where r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId && r.SharedAtUtc != null
                         && (readsCohort || r.SharedWith == SharingScope.Programme)
                     join p in db.Participations.AsNoTracking() on new { r.CohortId, r.TerritoryId } equals new { p.CohortId, p.TerritoryId }
                     select new { r.Id, r.SharedThemes, SharedAtUtc = r.SharedAtUtc!.Value, p.TerritoryName }).SingleOrDefaultAsync(cancellationToken)
            : null;
        // Not shared, no longer shared, or shared with a cohort that is not the caller's: the same « introuvable ».
        var version = shared is null ? null
            : await db.RoadmapVersions.AsNoTracking().Where(v => v.RoadmapId == shared.Id && v.Outcome == ReviewOutcome.Validated)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (shared is null || version is null) throw new NotFoundException("Cette feuille de route partagée");
        return new SharedRoadmapDto(request.CohortId, request.TerritoryId, shared.TerritoryName, [.. shared.SharedThemes.Select(ProgrammeThemes.Label)],
            shared.SharedAtUtc, RoadmapVersionDto.From(version, withContent: true) with { SubmittedBy = "", DecidedBy = null }); // peers read the text, not who handled it
    }
}
