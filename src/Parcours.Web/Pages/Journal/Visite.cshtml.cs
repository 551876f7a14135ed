using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Domain.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Journal;

/// <summary>A field visit to the territory recorded: its date, who came (peers from other territories welcome), why, what was learnt.</summary>
public sealed class VisiteModel(TimeProvider clock) : FollowingPage
{

    [BindProperty] public DateOnly? Date { get; set; }
    /// <summary>One visitor a line.</summary>
    [BindProperty] public string? Visitors { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? Learnings { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        Date = FrenchTime.Today(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        if (Date is null) ModelState.AddModelError(nameof(Date), "Indiquez la date de la visite.");
        if (ModelState.IsValid)
        {
            var visitors = (Visitors ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => new Visitor(v)).ToList();
            var (ok, _) = await TryFormAsync(new RecordFieldVisit(HostTerritoryId: territoryId, Date: Date!.Value, Visitors: visitors, Purpose: Purpose, Learnings: Learnings, FollowUpEntryId: null) { CohortId = cohortId },
                f => f switch { "Date" => nameof(Date), "Purpose" => nameof(Purpose), "Learnings" => nameof(Learnings), _ when f.StartsWith("Visitors", StringComparison.Ordinal) => nameof(Visitors), _ => "" });
            if (ok) return RedirectWithFlash(PageLinks.Journal(cohortId, territoryId), "Visite terrain enregistrée.");
        }
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadTerritoryAsync(cohortId, territoryId);
    }
}
