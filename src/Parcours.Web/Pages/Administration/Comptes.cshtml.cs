using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>
/// The accounts, paged and searched by e-mail, each with its roles (changed in place), the person it
/// is linked to, and locked or unlocked; a link to open an account. Administrators only.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ComptesModel : UseCasePage
{
    public static readonly IReadOnlyList<(string Role, string Label)> RoleLabels =
    [
        (Roles.Administrator, "Administration"), (Roles.Coordinator, "Coordination"), (Roles.Coach, "Accompagnement"),
        (Roles.Catalyst, "Catalyseur"), (Roles.CommitteeMember, "Membre de comité"),
    ];

    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];

    public Paged<AccountDto> Accounts { get; private set; } = null!;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        var (ok, account) = await TryAsync(new SetAccountRoles(Roles: SelectedRoles) { UserId = id }, _ => "");
        if (ok) return RedirectWithFlash(Back(account!.Email), $"Rôles de {account.Email} enregistrés : ses sessions en cours prennent fin.");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostVerrouAsync(string id, bool verrouiller)
    {
        var (ok, account) = await TryAsync(new SetAccountLock(Locked: verrouiller) { UserId = id }, _ => "");
        if (ok) return RedirectWithFlash(Back(account!.Email), verrouiller ? $"Compte {account.Email} verrouillé." : $"Compte {account.Email} déverrouillé.");
        await LoadAsync();
        return Page();
    }

    private static string Back(string email) => "/administration/comptes?q=" + Uri.EscapeDataString(email);

    private async Task LoadAsync()
    {
        var (ok, accounts) = await TryAsync(new ListAccounts(Math.Max(1, PageNumber), 50, Search), f => f == "search" ? "q" : f);
        Accounts = ok ? accounts! : await SendAsync(new ListAccounts(1, 50));
    }
}
