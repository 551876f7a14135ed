using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>Every validated roadmap of a cohort (latest validated version each), for the comité d'orientation.</summary>
public sealed record ExportCohortRoadmapBundle(Guid CohortId, bool Zip) : IQuery<FileContent>;

internal sealed class ExportCohortRoadmapBundleHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer)
    : MediatR.IRequestHandler<ExportCohortRoadmapBundle, FileContent>
{
    public async Task<FileContent> Handle(ExportCohortRoadmapBundle request, CancellationToken cancellationToken)
    {
        await RoadmapDocuments.EnsureCohortReaderAsync(db, access, clock, request.CohortId, cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == request.CohortId, cancellationToken);
        var documents = await RoadmapDocuments.ValidatedAsync(db, request.CohortId, cancellationToken);
        var now = FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime);
        if (!request.Zip)
        {
            return new FileContent($"feuilles-de-route-{Slug(cohort.Title)}.pdf",
                renderer.RenderBundle("Feuilles de route validées", cohort.Title, documents, now));
        }
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var document in documents)
            {
                var entry = zip.CreateEntry(RoadmapDocuments.FileName(document.TerritoryName), CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(renderer.RenderRoadmap(document, now), cancellationToken);
            }
        }
        return new FileContent($"feuilles-de-route-{Slug(cohort.Title)}.zip", buffer.ToArray());
    }

    private static string Slug(string text) => Common.FrenchLabels.Fold(text);
}
