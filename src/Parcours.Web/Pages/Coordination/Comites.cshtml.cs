using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Domain.Committees;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The cohort's three committees (pilotage, orientation, technique), created when missing.</summary>
public sealed class ComitesModel : CoordinationPage
{
    public IReadOnlyList<CommitteeDto> Committees { get; private set; } = [];

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Name { get; set; }

    public IEnumerable<KeyValuePair<string, string>> MissingKinds =>
        [new("", "— choisir —"), .. Enum.GetValues<CommitteeKind>().Where(k => Committees.All(c => c.Kind != k))
            .Select(k => new KeyValuePair<string, string>(k.ToString(), Committee.DefaultName(k)))];

    public Task OnGetAsync(Guid cohortId) => LoadAsync(cohortId);

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        var kind = Choice<CommitteeKind>(Kind, nameof(Kind), "Choisissez le comité à créer.");
        if (kind is null && ModelState.IsValid) ModelState.AddModelError(nameof(Kind), "Choisissez le comité à créer.");
        if (ModelState.IsValid)
        {
            var (ok, committee) = await TryFormAsync(new CreateCommittee(Kind: kind!.Value, Name: string.IsNullOrWhiteSpace(Name) ? null : Name) { CohortId = cohortId },
                f => f switch { "Kind" => nameof(Kind), "Name" => nameof(Name), _ => "" });
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"comites/{committee!.Id}"), $"« {committee.Name} » créé : ajoutez ses membres et ses réunions.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Committees = await SendAsync(new ListCommittees(cohortId));
    }
}
