using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Me;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>
/// The menu's shortcuts for a catalyst: « Le parcours », « Feuille de route », « Suivi » lead to the
/// pages of their current binôme (the most recent cohort when they sit in several).
/// </summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class AllerModel : UseCasePage
{
    public async Task<IActionResult> OnGetAsync(string destination)
    {
        var me = await SendAsync(new GetMe());
        var pair = me.Pairs.Count == 0 ? null : me.Pairs[^1];
        if (pair is null) return NotFound();
        return destination switch
        {
            "parcours" => LocalRedirect(PageLinks.Path(pair.CohortId)),
            "feuille-de-route" => LocalRedirect(PageLinks.Roadmap(pair.CohortId, pair.TerritoryId)),
            "suivi" => LocalRedirect(PageLinks.FollowUp(pair.CohortId)),
            "vote" => LocalRedirect(PageLinks.Vote(pair.CohortId)),
            _ => NotFound(),
        };
    }
}
