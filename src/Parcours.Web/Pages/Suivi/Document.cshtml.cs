using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Committees;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Suivi;

/// <summary>A document, downloaded as an attachment (never shown inline: it was uploaded by someone else).</summary>
public sealed class DocumentModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(Guid id) => Attachment(await SendAsync(new GetDocument(id)));
}
