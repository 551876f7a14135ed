using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>
/// A member of the binôme writes one section. Both members may write at once: a save made from an
/// older version is applied anyway when this section did not change meanwhile (the other member wrote
/// elsewhere), and otherwise shows both texts side by side — theirs and the one saved meanwhile, by
/// whom and when — so that the writer merges and saves again. Nothing typed is lost.
/// </summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class SectionModel : RoadmapPartPage
{
    public RoadmapDto Roadmap { get; private set; } = null!;
    public RoadmapSection Section { get; private set; } = null!;
    /// <summary>Set when a save met a text saved meanwhile: the text to show beside the writer's.</summary>
    public RoadmapDto? Conflict { get; private set; }

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public override string? BaseFingerprint { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId, string key)
    {
        Load(await SendAsync(new GetRoadmap(cohortId, territoryId)), key);
        Text = Section.Text;
        Version = Roadmap.Version;
        BaseFingerprint = TextFingerprint.Of(Section.Text);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId, string key)
    {
        var (ok, saved, conflict) = await SavePartAsync(v => new WriteRoadmapSection(Text: Text ?? "", Version: v) { CohortId = cohortId, TerritoryId = territoryId, SectionKey = key }, Version,
            r => TextFingerprint.Of(r.Sections.FirstOrDefault(s => s.Key == key)?.Text), field => field == "text" ? nameof(Text) : field);
        if (ok)
        {
            var title = saved!.Sections.First(s => s.Key == key).Title;
            return RedirectWithFlash($"{PageLinks.Roadmap(cohortId, territoryId)}#section-{key}", $"Section « {title} » enregistrée (version {saved.Version}).");
        }
        if (conflict is not null)
        {
            Conflict = conflict;
            Version = conflict.Version;
        }
        Load(conflict ?? await SendAsync(new GetRoadmap(cohortId, territoryId)), key);
        return Page();
    }

    private void Load(RoadmapDto roadmap, string key)
    {
        Roadmap = roadmap;
        Section = roadmap.Sections.FirstOrDefault(s => s.Key == key)
            ?? throw new Application.Common.Exceptions.NotFoundException("Cette section");
    }
}
