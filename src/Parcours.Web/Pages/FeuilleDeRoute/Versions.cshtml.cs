using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>Every submitted version with its review, and the choice of two to compare.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class VersionsModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public IReadOnlyList<RoadmapVersionDto> Versions { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Versions = await SendAsync(new ListRoadmapVersions(cohortId, territoryId));
    }
}
