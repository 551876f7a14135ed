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
public sealed class SectionModel : UseCasePage
{
    private const int Retries = 3;

    public RoadmapDto Roadmap { get; private set; } = null!;
    public RoadmapSection Section { get; private set; } = null!;
    /// <summary>Set when a save met a text saved meanwhile: the text to show beside the writer's.</summary>
    public RoadmapDto? Conflict { get; private set; }

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int Version { get; set; }
    /// <summary>The fingerprint of the section's text when the writer started.</summary>
    [BindProperty] public string? BaseFingerprint { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId, string key)
    {
        Load(await SendAsync(new GetRoadmap(cohortId, territoryId)), key);
        Text = Section.Text;
        Version = Roadmap.Version;
        BaseFingerprint = TextFingerprint.Of(Section.Text);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId, string key)
    {
        var version = Version;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var (ok, saved) = await TryAsync(new WriteRoadmapSection(cohortId, territoryId, key, Text ?? "", version),
                    new Dictionary<string, string> { ["text"] = nameof(Text) });
                if (ok)
                {
                    var title = saved!.Sections.First(s => s.Key == key).Title;
                    return RedirectWithFlash($"{Links.Roadmap(cohortId, territoryId)}#section-{key}", $"Section « {title} » enregistrée (version {saved.Version}).");
                }
                Load(await SendAsync(new GetRoadmap(cohortId, territoryId)), key);
                return Page();
            }
            catch (StaleWriteException stale)
            {
                var current = stale.Current.Sections.FirstOrDefault(s => s.Key == key);
                if (current is not null && TextFingerprint.Of(current.Text) == BaseFingerprint && attempt < Retries)
                {
                    version = stale.Current.Version; // Another part changed: this section is as the writer found it.
                    continue;
                }
                Load(stale.Current, key);
                Conflict = stale.Current;
                // The form now starts from the version saved meanwhile; the writer's text stays in the field.
                ModelState.Remove(nameof(Version));
                ModelState.Remove(nameof(BaseFingerprint));
                Version = stale.Current.Version;
                BaseFingerprint = TextFingerprint.Of(Section.Text);
                return Page();
            }
        }
    }

    private void Load(RoadmapDto roadmap, string key)
    {
        Roadmap = roadmap;
        Section = roadmap.Sections.FirstOrDefault(s => s.Key == key)
            ?? throw new Application.Common.Exceptions.NotFoundException("Cette section");
    }
}
