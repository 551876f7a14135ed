using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The comments of the coach and the coordination, section by section, and the binôme's answers.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class CommentairesModel : UseCasePage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public IReadOnlyList<RoadmapCommentDto> Comments { get; private set; } = [];

    [BindProperty] public Guid? ReplyToId { get; set; }
    [BindProperty] public string? Answer { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId) => await LoadAsync(cohortId, territoryId);

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        var parent = ReplyToId;
        await LoadAsync(cohortId, territoryId);
        var section = Comments.FirstOrDefault(c => c.Id == parent)?.SectionKey;
        var (ok, _) = await TryAsync(new CommentRoadmap(SectionKey: section, Text: Answer, ReplyToId: parent) { CohortId = cohortId, TerritoryId = territoryId },
            field => $"Answer-{parent}");
        if (ok) return RedirectWithFlash($"{PageLinks.Roadmap(cohortId, territoryId)}/commentaires#commentaire-{parent}", "Votre réponse est publiée.");
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Comments = await SendAsync(new ListRoadmapComments(cohortId, territoryId));
    }
}
