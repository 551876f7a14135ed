using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Reports;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Comites;

/// <summary>
/// The cohort's progress report at a date, as people would rather look than read: charts drawn on the
/// server, each followed by its figures in a table; the PDF pack, the CSV tables, the validated
/// roadmaps and their bundle. Aggregates only: never a follow-up note, never a draft.
/// </summary>
[Authorize(Roles = $"{Roles.CommitteeMember},{Roles.Coordinator}")]
public sealed class RapportModel(TimeProvider clock) : UseCasePage
{
    [FromQuery(Name = "date")] public string? At { get; set; }

    public ProgressReportDto Report { get; private set; } = null!;
    public IReadOnlyList<RoadmapSummaryDto> Validated { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId)
    {
        var at = Day();
        Report = await SendAsync(new GetProgressReport(cohortId, at));
        Validated = [.. (await SendAsync(new ListCohortRoadmaps(cohortId))).Where(r => r.ValidatedVersion is not null)];
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid cohortId) => Download(await SendAsync(new ExportProgressReportPdf(cohortId, Day(), WithRoadmaps: true)), "application/pdf");

    public async Task<IActionResult> OnGetCsvAsync(Guid cohortId, string tableau) => Download(await SendAsync(new ExportProgressReportCsv(cohortId, Day(), tableau)), "text/csv; charset=utf-8");

    public async Task<IActionResult> OnGetRecueilAsync(Guid cohortId) => Download(await SendAsync(new ExportCohortRoadmapBundle(cohortId, Zip: false)), "application/pdf");

    public async Task<IActionResult> OnGetFeuilleAsync(Guid cohortId, Guid territoire, int version) =>
        Download(await SendAsync(new ExportRoadmapPdf(cohortId, territoire, version)), "application/pdf");

    private FileContentResult Download(FileContent file, string type) => File(file.Content, type, file.FileName);

    /// <summary>The day asked for; a date that cannot be read is said beside the field, and today's report is shown.</summary>
    private DateOnly Day()
    {
        if (string.IsNullOrWhiteSpace(At)) return FrenchTime.Today(clock);
        if (DateOnly.TryParseExact(At, "yyyy-MM-dd", out var day) && day.Year is >= 2000 and <= 2100) return day;
        ModelState.AddModelError("date", "Indiquez une date valide, par exemple 2018-09-20.");
        return FrenchTime.Today(clock);
    }

    public IReadOnlyList<SvgBarChart.Bar> Counts(IEnumerable<CountDto> counts) =>
        [.. counts.Select(c => new SvgBarChart.Bar(c.Label, c.Count, c.Count.ToString(FrenchTime.Culture)))];
}
