using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A cohort's next edition, created from it in one action (title and new start; the rest is carried over).</summary>
public sealed class EditionSuivanteModel : CoordinationPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Title = $"{Cohort.Title} — édition suivante";
        StartDate = Cohort.StartDate.AddYears(1);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        if (!ModelState.IsValid) return Page();
        var (ok, cohort) = await TryAsync(new CreateNextEdition(Title ?? "", StartDate ?? default) { SourceCohortId = cohortId },
            f => f == "title" ? nameof(Title) : f == "startDate" ? nameof(StartDate) : f);
        return ok
            ? RedirectWithFlash(PageLinks.Dashboard(cohort!.Id), $"Promotion « {cohort.Title} » créée à partir de « {Cohort.Title} » : datez ses séances et confirmez les représentants des comités.")
            : Page();
    }
}
