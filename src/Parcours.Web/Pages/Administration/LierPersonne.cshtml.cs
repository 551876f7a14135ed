using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;
using Parcours.Web.Infrastructure;
using Parcours.Web.Pages.Coordination;

namespace Parcours.Web.Pages.Administration;

/// <summary>An account linked to a person of the programme (what lets a catalyst see their binôme, a coach their territories).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class LierPersonneModel : UseCasePage
{
    public AccountDto Account { get; private set; } = null!;
    public PersonChoice Choice { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchPerson { get; set; }

    public async Task OnGetAsync(string id)
    {
        ModelState.Clear();
        await LoadAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!Guid.TryParse(Person, out var person)) ModelState.AddModelError(nameof(Person), "Choisissez la personne.");
        if (ModelState.IsValid)
        {
            var (ok, account) = await TryAsync(new LinkAccountPerson(PersonId: person) { UserId = id }, f => f == "personId" ? nameof(Person) : "");
            if (ok) return RedirectWithFlash("/administration/comptes?q=" + Uri.EscapeDataString(account!.Email), $"Compte {account.Email} lié à la personne choisie.");
        }
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(string id)
    {
        Account = await SendAsync(new GetAccount(id));
        var people = (await SendAsync(new ListPeople(string.IsNullOrWhiteSpace(SearchPerson) ? Account.Email : SearchPerson.Trim(), 1, Paging.MaxSize))).Items;
        Choice = new PersonChoice(nameof(Person), "Personne", nameof(SearchPerson), SearchPerson ?? Account.Email, Person, people);
    }
}
