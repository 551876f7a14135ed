using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Common.Documents;

/// <summary>What a roadmap PDF shows: the cover's facts, the sections (small Markdown) and the actions.</summary>
public sealed record RoadmapDocument(
    string TerritoryName, string CohortTitle, IReadOnlyList<string> PairMembers, string VersionLabel, DateTime VersionDateParis,
    IReadOnlyList<RoadmapSection> Sections, IReadOnlyList<RoadmapAction> Actions);

/// <summary>
/// The application's document port. PDFsharp renders behind it today; QuestPDF (or anything else)
/// can come back as another adapter without touching a use case.
/// </summary>
public interface IDocumentRenderer
{
    byte[] RenderRoadmap(RoadmapDocument roadmap, DateTime generatedAtParis);

    /// <summary>Several roadmaps in one PDF, after a cover and a table of contents with page numbers.</summary>
    byte[] RenderBundle(string title, string subtitle, IReadOnlyList<RoadmapDocument> roadmaps, DateTime generatedAtParis);

    /// <summary>A report (figures, charts, tables), optionally followed by roadmaps.</summary>
    byte[] RenderReport(ReportDocument report, IReadOnlyList<RoadmapDocument> appendix, DateTime generatedAtParis);
}
