using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The cohort's roadmaps and their states, and the bundle of validated ones as one PDF or a ZIP.</summary>
public sealed class FeuillesDeRouteModel : CoordinationPage
{
    public IReadOnlyList<RoadmapSummaryDto> Roadmaps { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Roadmaps = await SendAsync(new ListCohortRoadmaps(cohortId));
    }

    public Task<IActionResult> OnGetPdfAsync(Guid cohortId) => BundleAsync(cohortId, zip: false);

    public Task<IActionResult> OnGetZipAsync(Guid cohortId) => BundleAsync(cohortId, zip: true);

    private async Task<IActionResult> BundleAsync(Guid cohortId, bool zip)
    {
        var file = await SendAsync(new ExportCohortRoadmapBundle(cohortId, zip));
        return File(file.Content, zip ? "application/zip" : "application/pdf", file.FileName);
    }
}
