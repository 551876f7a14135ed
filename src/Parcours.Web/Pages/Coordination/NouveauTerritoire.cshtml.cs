using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A territory created and solicited for the cohort in one form.</summary>
public sealed class NouveauTerritoireModel(TimeProvider clock) : CoordinationPage
{
    [BindProperty] public TerritoryForm Form { get; set; } = new();
    [BindProperty] public DateOnly? SolicitedOn { get; set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        SolicitedOn = FrenchTime.Today(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        if (!ModelState.IsValid) return Page();
        var (ok, territory) = await TryFormAsync(new CreateTerritory(Form.ToProfile()), TerritoryForm.FieldOf);
        if (!ok) return Page();
        var (invited, _) = await TryFormAsync(new InviteTerritory(TerritoryId: territory!.Id, Date: SolicitedOn ?? FrenchTime.Today(clock)) { CohortId = cohortId },
            f => f == "Date" ? nameof(SolicitedOn) : f);
        // The territory exists either way: a refused date sends the coordinator to its page, where it can be solicited again.
        return invited
            ? RedirectWithFlash(PageLinks.CohortTerritory(cohortId, territory.Id), $"« {territory.Name} » est créé et sollicité pour la promotion.")
            : RedirectWithFlash(PageLinks.CohortPage(cohortId, "territoires"), $"« {territory.Name} » est créé, mais n'a pas pu être sollicité : {string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage))}");
    }
}
