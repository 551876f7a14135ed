using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>
/// An invited person chooses their password, from the link of their invitation e-mail (no sign-in:
/// the single-use link is the proof). Then they sign in as anyone does.
/// </summary>
public sealed class MotDePasseModel : UseCasePage
{
    [BindProperty(SupportsGet = true, Name = "compte")] public string? Account { get; set; }
    [BindProperty(SupportsGet = true, Name = "jeton")] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Confirmation { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TryAsync(new ChoosePassword(Account, Token, Password, Confirmation),
            field => field switch { "password" => nameof(Password), "confirmation" => nameof(Confirmation), "token" => string.Empty, _ => field });
        return ok ? RedirectWithFlash("/connexion", "Votre mot de passe est enregistré : connectez-vous avec votre adresse e-mail.") : Page();
    }
}
