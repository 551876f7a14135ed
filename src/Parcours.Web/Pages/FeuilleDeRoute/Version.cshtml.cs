using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>One submitted version, as it was frozen.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class VersionModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public RoadmapVersionDto Version { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId, Guid territoryId, int number)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Version = await SendAsync(new GetRoadmapVersion(cohortId, territoryId, number));
    }
}
