using Microsoft.AspNetCore.Mvc;
using Parcours.Application.People;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A person added to the programme (a catalyst, a coach, a committee member).</summary>
public sealed class NouvellePersonneModel : CoordinationPage
{
    [BindProperty] public PersonForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var (ok, person) = await TryFormAsync(new CreatePerson(Form.FirstName ?? "", Form.LastName ?? "", Form.Email ?? "", Form.Organisation, Form.JobTitle), PersonForm.FieldOf);
        return ok ? RedirectWithFlash("/personnes?q=" + Uri.EscapeDataString(person!.Email), $"{person.FirstName} {person.LastName} est ajouté·e aux personnes du programme.") : Page();
    }
}
