using Parcours.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>
/// The private calendar address: created (or replaced, which revokes the old one) and shown once —
/// only its fingerprint is stored — with how to add it to a calendar application.
/// </summary>
public sealed class AgendaModel(PublicUrl publicUrl) : UseCasePage
{
    /// <summary>The full address, shown right after it was created.</summary>
    public string? Address { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, feed) = await TryAsync(new CreateCalendarFeed());
        if (ok)
        {
            Address = publicUrl.Value.TrimEnd('/') + feed!.Path; // The address calendar applications can reach (App:PublicUrl).
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRevoquerAsync()
    {
        var (ok, _) = await TryAsync(new RevokeCalendarFeed());
        return ok ? RedirectWithFlash("/agenda", "Votre adresse d'abonnement est supprimée : les agendas abonnés ne recevront plus les sessions.") : Page();
    }
}
