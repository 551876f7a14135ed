using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Privacy;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>« Mes données » : the signed-in person's own export (an account linked to nobody has none: « introuvable »).</summary>
public sealed class MesDonneesModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync()
    {
        var file = await SendAsync(new ExportMyPersonalData());
        return File(file.Content, "application/zip", file.FileName);
    }
}
