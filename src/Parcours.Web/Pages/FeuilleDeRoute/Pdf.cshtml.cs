using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The PDF of the working text or of a submitted version, downloaded.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class PdfModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(Guid cohortId, Guid territoryId, int? version)
    {
        var file = await SendAsync(new ExportRoadmapPdf(cohortId, territoryId, version));
        return File(file.Content, "application/pdf", file.FileName);
    }
}
