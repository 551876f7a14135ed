using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.People;
using Parcours.Application.Privacy;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>Erasure of a person, after a confirmation; a refusal (the only member of a running binôme, the last administrator) is said at the top.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class SupprimerPersonneModel : UseCasePage
{
    [BindProperty] public bool Confirm { get; set; }

    public PersonDto Person { get; private set; } = null!;

    public async Task OnGetAsync(Guid id) => Person = await SendAsync(new GetPerson(id));

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Person = await SendAsync(new GetPerson(id));
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Cochez la case pour confirmer : la suppression est définitive.");
            return Page();
        }
        var (ok, erasure) = await TryAsync(new ErasePerson(id), _ => "");
        if (!ok) return Page();
        return RedirectWithFlash("/administration/personnes",
            $"{Person.FirstName} {Person.LastName} est supprimée : elle apparaît désormais comme « {erasure!.Pseudonym} ».");
    }
}
