using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Resources;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>Changes how a resource is described, classified and shown, or takes it out of the library.</summary>
public sealed class ModifierRessourceModel : CoordinationPage
{
    public ResourceDto Resource { get; private set; } = null!;
    [BindProperty] public ResourceForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid cohortId, Guid id)
    {
        await LoadAsync(cohortId, id);
        Form = ResourceForm.From(Resource);
        Form.Sessions = await SendAsync(new ListCohortSessions(cohortId));
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid id)
    {
        await LoadAsync(cohortId, id);
        Form.Sessions = await SendAsync(new ListCohortSessions(cohortId));
        if (!ModelState.IsValid) return Page();
        var (ok, resource) = await TryAsync(new DescribeResource(Form.Title ?? "", Form.KindValue, Form.VisibilityValue, Form.SessionValue, Form.Description,
            Form.ThemeValues) { Id = id }, ResourceForm.FieldOf);
        return ok ? RedirectWithFlash(Here(cohortId, id), $"« {resource!.Title} » enregistrée.") : Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid cohortId, Guid id)
    {
        await LoadAsync(cohortId, id);
        await SendAsync(new RemoveResource(id));
        return RedirectWithFlash(PageLinks.CohortPage(cohortId, "ressources"), $"« {Resource.Title} » retirée du centre de ressources.");
    }

    private async Task LoadAsync(Guid cohortId, Guid id)
    {
        await LoadCohortAsync(cohortId);
        Resource = await SendAsync(new GetResource(id));
        // A resource of another cohort, reached under this one's address, is not found here.
        if (Resource.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Cette ressource");
    }

    private static string Here(Guid cohortId, Guid id) => PageLinks.CohortPage(cohortId, $"ressources/{id}");
}
