using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>Two versions compared: per section, the lines added and removed; the actions before and after.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class ComparerModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public RoadmapComparisonDto Comparison { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "de")] public int From { get; set; }
    [BindProperty(SupportsGet = true, Name = "a")] public int To { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Comparison = await SendAsync(new CompareRoadmapVersions(cohortId, territoryId, From, To));
    }
}
