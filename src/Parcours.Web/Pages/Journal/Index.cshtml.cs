using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.FollowUps;
using Parcours.Domain.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Journal;

/// <summary>
/// A territory's follow-up journal as the coordination reads it (everything, each entry marked
/// « confidentiel » or « partagé avec le binôme »), an exchange recorded with its next steps, a next
/// step marked done.
/// </summary>
public sealed class IndexModel(TimeProvider clock) : FollowingPage
{
    public Paged<FollowUpDto> Entries { get; private set; } = null!;

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public FollowUpForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        Form.Date = FrenchTime.Today(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        if (Form.Read(ModelState) is { } input)
        {
            var (ok, _) = await TryFormAsync(new RecordFollowUp(cohortId, territoryId, input), FollowUpForm.FieldOf);
            if (ok)
            {
                return RedirectWithFlash(PageLinks.Journal(cohortId, territoryId), input.Visibility == FollowUpVisibility.SharedWithPair
                    ? "Échange enregistré et partagé avec le binôme."
                    : "Échange enregistré — confidentiel : le binôme ne le voit pas.");
            }
        }
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    public async Task<IActionResult> OnPostFaiteAsync(Guid cohortId, Guid territoryId, Guid entry, Guid step)
    {
        var (ok, _) = await TryAsync(new CompleteNextStep(entry, step));
        if (ok) return RedirectWithFlash(PageLinks.Journal(cohortId, territoryId), "Prochaine étape marquée comme faite.");
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadTerritoryAsync(cohortId, territoryId);
        Entries = await SendAsync(new ListFollowUps(cohortId, territoryId, Page: Math.Max(1, PageNumber), PageSize: 20));
    }
}
