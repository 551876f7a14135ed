using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>An account opened by an administrator: e-mail, first password, roles.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class NouveauCompteModel : UseCasePage
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, account) = await TryAsync(new CreateAccount(Email: Email ?? "", Password: Password ?? "", Roles: SelectedRoles, PersonId: null),
            f => f switch { "email" => nameof(Email), "password" => nameof(Password), "roles" => nameof(SelectedRoles), _ => "" });
        return ok
            ? RedirectWithFlash("/administration/comptes?q=" + Uri.EscapeDataString(account!.Email), $"Compte {account.Email} ouvert.")
            : Page();
    }
}
