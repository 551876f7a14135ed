using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>
/// One roadmap as a PDF: the working text (or a given version) for those who read drafts; for
/// committee members, the latest validated version (or a given validated one).
/// </summary>
public sealed record ExportRoadmapPdf(Guid CohortId, Guid TerritoryId, int? Version) : IQuery<FileContent>;

internal sealed class ExportRoadmapPdfHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer) : MediatR.IRequestHandler<ExportRoadmapPdf, FileContent>
{
    public async Task<FileContent> Handle(ExportRoadmapPdf request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        RoadmapDocument document;
        if (request.Version is null && scope.CanReadDrafts)
        {
            var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: false, cancellationToken);
            document = await RoadmapDocuments.BuildAsync(db, request.CohortId, request.TerritoryId,
                $"Version de travail n° {roadmap.Version}{(roadmap.Status == RoadmapStatus.Validated ? " (validée)" : "")}",
                roadmap.Version == 0 ? clock.GetUtcNow().UtcDateTime : roadmap.UpdatedAtUtc, roadmap.Sections, roadmap.Actions, cancellationToken);
        }
        else
        {
            var versions = await RoadmapVersionQueries.VisibleAsync(db, scope, request.CohortId, request.TerritoryId, cancellationToken);
            var version = (request.Version is { } n ? versions.SingleOrDefault(v => v.Number == n) : versions.LastOrDefault())
                ?? throw new NotFoundException("Cette version");
            document = await RoadmapDocuments.BuildAsync(db, request.CohortId, request.TerritoryId, RoadmapDocuments.Label(version),
                version.DecidedAtUtc ?? version.SubmittedAtUtc, version.Sections, version.Actions, cancellationToken);
        }
        var pdf = renderer.RenderRoadmap(document, FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime));
        return new FileContent(RoadmapDocuments.FileName(document.TerritoryName), pdf);
    }
}
