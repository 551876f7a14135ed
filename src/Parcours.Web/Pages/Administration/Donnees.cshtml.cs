using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Privacy;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>The download of everything Parcours holds about a person (an unknown one is « introuvable »).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class DonneesModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var file = await SendAsync(new ExportPersonalData(id));
        return File(file.Content, "application/zip", file.FileName);
    }
}
