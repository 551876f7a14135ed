using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The binôme shares its validated roadmap with the cohort under chosen themes, or withdraws it.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class PartageModel : UseCasePage
{
    public RoadmapSharingDto Sharing { get; private set; } = null!;

    [BindProperty] public List<ProgrammeTheme> Themes { get; set; } = [];
    [BindProperty] public SharingScope Scope { get; set; } = SharingScope.Cohort;

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Sharing = await SendAsync(new GetRoadmapSharing(cohortId, territoryId));
        Themes = [.. Sharing.Themes];
        Scope = Sharing.SharedWith ?? SharingScope.Cohort;
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        if (ModelState.IsValid)
        {
            var (ok, _) = await TryAsync(new ShareRoadmap(Themes, Scope) { CohortId = cohortId, TerritoryId = territoryId },
                f => f == "scope" ? nameof(Scope) : nameof(Themes));
            if (ok) return RedirectWithFlash(Here(cohortId, territoryId), Scope == SharingScope.Programme
                ? "Feuille de route partagée avec les territoires de toutes les promotions du programme."
                : "Feuille de route partagée avec les autres territoires de la promotion.");
        }
        Sharing = await SendAsync(new GetRoadmapSharing(cohortId, territoryId));
        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid cohortId, Guid territoryId)
    {
        await SendAsync(new WithdrawRoadmapSharing(cohortId, territoryId));
        return RedirectWithFlash(Here(cohortId, territoryId), "Partage retiré : les autres territoires ne la voient plus.");
    }

    private static string Here(Guid cohortId, Guid territoryId) => $"{PageLinks.Roadmap(cohortId, territoryId)}/partage";
}
