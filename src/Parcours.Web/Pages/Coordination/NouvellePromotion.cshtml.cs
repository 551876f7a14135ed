using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A new cohort with its three phases; its sessions S1–S4 exist from then on, to be dated.</summary>
public sealed class NouvellePromotionModel : CoordinationPage
{
    [BindProperty] public CohortForm Form { get; set; } = new();

    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];

    public async Task OnGetAsync() => Programmes = await SendAsync(new ListProgrammes());

    public async Task<IActionResult> OnPostAsync()
    {
        Programmes = await SendAsync(new ListProgrammes());
        if (!ModelState.IsValid) return Page();
        var programme = Programmes.Count > 0 ? Programmes[0].Id
            : (await SendAsync(new CreateProgramme("Parcours d'expérience co-construction territoriale", null))).Id;
        var (ok, cohort) = await TryFormAsync(
            new CreateCohort(programme, Form.Title ?? "", Form.StartDate ?? default, Form.EndDate ?? default, Form.Target ?? 0, Form.Phases()),
            CohortForm.FieldOf);
        return ok ? RedirectWithFlash(PageLinks.Dashboard(cohort!.Id), $"Promotion « {cohort.Title} » créée : ses sessions S1 à S4 sont à dater.") : Page();
    }
}
