using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The binôme submits the working text for review: it becomes the next numbered version.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class SoumettreModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;

    [BindProperty] public int Version { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Version = Roadmap.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        try
        {
            var (ok, submitted) = await TryAsync(new SubmitRoadmap(Version: Version) { CohortId = cohortId, TerritoryId = territoryId });
            if (ok)
            {
                return RedirectWithFlash(PageLinks.Roadmap(cohortId, territoryId),
                    $"Feuille de route soumise pour relecture (version soumise n° {submitted!.SubmittedVersions}).");
            }
            Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        }
        catch (StaleWriteException stale)
        {
            Roadmap = stale.Current;
            ModelState.Remove(nameof(Version));
            Version = stale.Current.Version;
            ModelState.AddModelError(string.Empty,
                $"La feuille de route a été modifiée entre-temps par {stale.Current.UpdatedBy} (version {stale.Current.Version}) : relisez-la avant de la soumettre.");
        }
        return Page();
    }
}
