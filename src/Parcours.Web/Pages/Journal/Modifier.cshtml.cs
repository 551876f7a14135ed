using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Journal;

/// <summary>
/// An exchange of the journal corrected, with the stale-edit rule: if someone saved it since it was
/// opened, nothing is overwritten — the page shows both texts (the writer's, still editable, and the
/// one saved meanwhile, by whom and when), and saving again starts from the current version.
/// </summary>
public sealed class ModifierModel : FollowingPage
{
    [BindProperty] public FollowUpForm Form { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public FollowUpDto Entry { get; private set; } = null!;
    /// <summary>The entry as saved meanwhile by someone else, when this save started from an older version.</summary>
    public FollowUpDto? Conflict { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Form = FollowUpForm.From(Entry);
        Version = Entry.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (Form.Read(ModelState) is { } input)
        {
            var (ok, saved) = await TryFormAsync(new EditFollowUp(id, Version, input), FollowUpForm.FieldOf);
            if (ok) return RedirectWithFlash(PageLinks.Journal(saved!.CohortId, saved.TerritoryId) + $"#suivi-{id}", "Échange modifié.");
        }
        await LoadAsync(id);
        if (Entry.Version != Version)
        {
            // Saved meanwhile: both texts are shown, and the next save knowingly replaces the current version.
            Conflict = Entry;
            ModelState.Remove(nameof(Version));
            Version = Entry.Version;
        }
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Entry = await SendAsync(new GetFollowUp(id));
        await LoadTerritoryAsync(Entry.CohortId, Entry.TerritoryId);
    }
}
