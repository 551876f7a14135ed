using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The territory's feuille de route: its state, each section with its guidance and comments, the actions.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class IndexModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public IReadOnlyList<RoadmapVersionDto> Versions { get; private set; } = [];
    public ILookup<string, RoadmapCommentDto> Comments { get; private set; } = null!;
    public bool Pitched => Versions.Count > 0 && Versions[^1].Pitched;

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Versions = await SendAsync(new ListRoadmapVersions(cohortId, territoryId));
        Comments = (await SendAsync(new ListRoadmapComments(cohortId, territoryId))).ToLookup(c => c.SectionKey);
    }
}
