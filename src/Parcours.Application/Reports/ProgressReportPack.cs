using Parcours.Application.Common;
using Parcours.Application.Common.Documents;
using Parcours.Application.Committees;
using Parcours.Domain.Committees;

namespace Parcours.Application.Reports;

internal static class ProgressReportPack
{
    public static async Task<FileContent> RenderAsync(IParcoursDbContext db, Sessions.IAttendanceFigures attendance, IDocumentRenderer renderer, TimeProvider clock, Guid cohortId, DateOnly at,
        bool withRoadmaps, CancellationToken ct)
    {
        var report = await ProgressReportBuilder.BuildAsync(db, attendance, cohortId, at, ct);
        // The annex carries the roadmaps validated by the report's day, as its figures count them.
        var atUtc = FrenchTime.EndOfDayUtc(at);
        var appendix = withRoadmaps ? await Roadmaps.RoadmapDocuments.ValidatedAsync(db, cohortId, ct, atUtc) : [];
        var pdf = renderer.RenderReport(ReportTables.Document(report), appendix, FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime));
        return new FileContent($"rapport-avancement-{at:yyyy-MM-dd}.pdf", pdf);
    }
}
