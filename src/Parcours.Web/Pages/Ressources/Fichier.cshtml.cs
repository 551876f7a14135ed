using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Parcours.Application.Resources;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Ressources;

/// <summary>A document of the library, downloaded as an attachment (never shown inline: someone else uploaded it).</summary>
public sealed class FichierModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var file = await SendAsync(new GetResourceFile(id));
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
