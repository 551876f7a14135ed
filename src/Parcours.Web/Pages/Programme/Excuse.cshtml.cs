using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>A catalyst tells the coordination, before the session, that they cannot come.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class ExcuseModel : UseCasePage
{
    public SessionDto Session { get; private set; } = null!;

    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(Guid id) => Session = await SendAsync(new GetSession(id));

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var (ok, _) = await TryAsync(new SendApology(Comment: Comment) { SessionId = id }, new Dictionary<string, string> { ["comment"] = nameof(Comment) });
        if (ok) return RedirectWithFlash(PageLinks.Session(id), "Votre absence est signalée à la coordination : vous êtes noté·e excusé·e.");
        Session = await SendAsync(new GetSession(id));
        return Page();
    }
}
