using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Resources;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Ressources;

/// <summary>A document of the library, downloaded as an attachment (never shown inline: someone else uploaded it).</summary>
public sealed class FichierModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(Guid id) => Attachment(await SendAsync(new GetResourceFile(id)));
}
