using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Pairs;
using Parcours.Application.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A binôme formed for an accepted territory: two people, from a date.</summary>
public sealed class FormerBinomeModel(TimeProvider clock) : CoordinationPage
{
    [BindProperty(SupportsGet = true, Name = "territoire")] public string? TerritoryId { get; set; }
    [BindProperty(SupportsGet = true)] public string? First { get; set; }
    [BindProperty(SupportsGet = true)] public string? Second { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchFirst { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchSecond { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? FromDate { get; set; }

    public IReadOnlyList<CohortTerritoryDto> Territories { get; private set; } = [];
    public PersonChoice FirstChoice { get; private set; } = null!;
    public PersonChoice SecondChoice { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId)
    {
        ModelState.Clear(); // a search is not a submission: no « required » message yet
        FromDate ??= FrenchTime.Today(clock);
        await LoadAsync(cohortId);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        var territory = ParseId(TerritoryId, "territoire", "Choisissez le territoire.");
        var first = ParseId(First, nameof(First), "Choisissez le premier membre.");
        var second = ParseId(Second, nameof(Second), "Choisissez le second membre.");
        if (FromDate is null) ModelState.AddModelError(nameof(FromDate), "Indiquez la date de formation du binôme.");
        if (ModelState.IsValid)
        {
            var (ok, pair) = await TryFormAsync(new FormPair(TerritoryId: territory!.Value, MemberIds: [first!.Value, second!.Value], FromDate: FromDate!.Value) { CohortId = cohortId }, f => f switch
            {
                "TerritoryId" => "territoire", "FromDate" => nameof(FromDate), _ when f.StartsWith("MemberIds", StringComparison.Ordinal) => nameof(First), _ => "",
            });
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "binomes"), $"Binôme de « {pair!.TerritoryName} » formé.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    private Guid? ParseId(string? value, string field, string message)
    {
        if (Guid.TryParse(value, out var id)) return id;
        ModelState.AddModelError(field, message);
        return null;
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Territories = await AcceptedWithoutPairAsync(cohortId, await AllPairsAsync(cohortId));
        FirstChoice = new PersonChoice(nameof(First), "Premier membre", nameof(SearchFirst), SearchFirst, First, await FindPeopleAsync(SearchFirst, First));
        SecondChoice = new PersonChoice(nameof(Second), "Second membre", nameof(SearchSecond), SearchSecond, Second, await FindPeopleAsync(SearchSecond, Second));
    }
}
