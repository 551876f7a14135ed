using Microsoft.AspNetCore.Mvc;
using Parcours.Application.People;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A person's name, e-mail, structure or function corrected.</summary>
public sealed class ModifierPersonneModel : CoordinationPage
{
    [BindProperty] public PersonForm Form { get; set; } = new();

    public PersonDto Person { get; private set; } = null!;

    public async Task OnGetAsync(Guid id)
    {
        Person = await SendAsync(new GetPerson(id));
        Form = PersonForm.From(Person);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Person = await SendAsync(new GetPerson(id));
        if (!ModelState.IsValid) return Page();
        var (ok, person) = await TryFormAsync(new UpdatePerson(FirstName: Form.FirstName ?? "", LastName: Form.LastName ?? "", Email: Form.Email ?? "", Organisation: Form.Organisation, JobTitle: Form.JobTitle) { Id = id }, PersonForm.FieldOf);
        return ok ? RedirectWithFlash("/personnes?q=" + Uri.EscapeDataString(person!.Email), $"Fiche de {person.FirstName} {person.LastName} enregistrée.") : Page();
    }
}
