using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>A peer's shared roadmap, of this cohort or shared with the programme: its last validated version (« introuvable » once no longer shared).</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class FeuillePartageeModel : UseCasePage
{
    public SharedRoadmapDto Roadmap { get; private set; } = null!;
    /// <summary>The reader's cohort, when the roadmap comes from another cohort of the programme (for the way back).</summary>
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "depuis")] public Guid? From { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId) => Roadmap = await SendAsync(new GetSharedRoadmap(cohortId, territoryId));
}
