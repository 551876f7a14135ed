using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A territory's profile corrected (name, kind, region, carrier, contact).</summary>
public sealed class ModifierTerritoireModel : CoordinationPage
{
    [BindProperty] public TerritoryForm Form { get; set; } = new();

    public CohortTerritoryDto Territory { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        Form = TerritoryForm.From(Territory.Territory);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        if (!ModelState.IsValid) return Page();
        var (ok, territory) = await TryFormAsync(new UpdateTerritory(territoryId, Form.ToProfile()), TerritoryForm.FieldOf);
        return ok ? RedirectWithFlash(PageLinks.CohortTerritory(cohortId, territoryId), $"Fiche de « {territory!.Name} » enregistrée.") : Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadCohortAsync(cohortId);
        Territory = await SendAsync(new GetCohortTerritory(cohortId, territoryId));
    }
}
