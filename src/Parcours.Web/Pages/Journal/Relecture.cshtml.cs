using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Journal;

/// <summary>
/// A roadmap read by the coordination or the territory's coach: its sections and actions, what changed since the previous
/// version, the comments; a comment added, the submitted version validated or sent back, the
/// validated one marked as pitched at S4, any version as a PDF. One handler per use case.
/// </summary>
public sealed class RelectureModel : FollowingPage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public IReadOnlyList<RoadmapVersionDto> Versions { get; private set; } = [];
    public IReadOnlyList<RoadmapCommentDto> Comments { get; private set; } = [];
    public RoadmapComparisonDto? Comparison { get; private set; }

    [BindProperty] public string? SectionKey { get; set; }
    [BindProperty] public string? CommentText { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? ReviewComment { get; set; }

    public Task OnGetAsync(Guid cohortId, Guid territoryId) => LoadAsync(cohortId, territoryId);

    public async Task<IActionResult> OnPostCommenterAsync(Guid cohortId, Guid territoryId)
    {
        var (ok, _) = await TryFormAsync(new CommentRoadmap(SectionKey: SectionKey, Text: CommentText, ReplyToId: null) { CohortId = cohortId, TerritoryId = territoryId },
            f => f switch { "SectionKey" => nameof(SectionKey), "Text" => nameof(CommentText), _ => "" });
        if (ok) return RedirectWithFlash(Here(cohortId, territoryId) + "#commentaires", "Commentaire publié : le binôme en est prévenu.");
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    public async Task<IActionResult> OnPostRelireAsync(Guid cohortId, Guid territoryId)
    {
        if (Decision is not ("valider" or "reprendre")) ModelState.AddModelError(nameof(Decision), "Choisissez : valider, ou demander des modifications.");
        if (ModelState.IsValid)
        {
            var validate = Decision == "valider";
            var (ok, _) = await TryFormAsync(new ReviewRoadmap(Comment: ReviewComment) { CohortId = cohortId, TerritoryId = territoryId, Validate = validate }, f => f == "Comment" ? nameof(ReviewComment) : "");
            if (ok) return RedirectWithFlash(Here(cohortId, territoryId), validate ? "Feuille de route validée." : "Modifications demandées : le binôme en est prévenu.");
        }
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    public async Task<IActionResult> OnPostPitcherAsync(Guid cohortId, Guid territoryId, int version)
    {
        var (ok, _) = await TryAsync(new MarkRoadmapPitched(cohortId, territoryId, version));
        if (ok) return RedirectWithFlash(Here(cohortId, territoryId), $"Version {version} marquée comme pitchée en S4.");
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid cohortId, Guid territoryId, int? version)
    {
        var file = await SendAsync(new ExportRoadmapPdf(cohortId, territoryId, version));
        return File(file.Content, "application/pdf", file.FileName);
    }

    private static string Here(Guid cohortId, Guid territoryId) => PageLinks.Review(cohortId, territoryId);

    public bool Submitted => Roadmap.Status == RoadmapStatus.Submitted;

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadCohortIfCoordinatorAsync(cohortId);
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Versions = await SendAsync(new ListRoadmapVersions(cohortId, territoryId));
        Comments = await SendAsync(new ListRoadmapComments(cohortId, territoryId));
        if (Versions.Count >= 2)
        {
            Comparison = await SendAsync(new CompareRoadmapVersions(cohortId, territoryId, Versions[^2].Number, Versions[^1].Number));
        }
    }
}
