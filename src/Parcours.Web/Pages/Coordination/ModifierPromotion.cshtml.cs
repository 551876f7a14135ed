using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A cohort's title, dates and phases changed.</summary>
public sealed class ModifierPromotionModel : CoordinationPage
{
    [BindProperty] public CohortForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Form = CohortForm.From(Cohort);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        if (!ModelState.IsValid) return Page();
        var (ok, cohort) = await TryFormAsync(
            new UpdateCohort(Form.Title ?? "", Form.StartDate ?? default, Form.EndDate ?? default, Form.Target ?? 0, Form.Phases()) { Id = cohortId },
            CohortForm.FieldOf);
        return ok ? RedirectWithFlash(PageLinks.Dashboard(cohortId), $"Promotion « {cohort!.Title} » enregistrée.") : Page();
    }
}
