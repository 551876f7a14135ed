using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.FollowUps;
using Parcours.Application.Territories;
using Parcours.Domain.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A territory's follow-up journal as the coordination reads it (everything, each entry marked
/// « confidentiel » or « partagé avec le binôme »), an exchange recorded with its next steps, a next
/// step marked done.
/// </summary>
public sealed class SuiviTerritoireModel(TimeProvider clock) : CoordinationPage
{
    public CohortTerritoryDto Territory { get; private set; } = null!;
    public Paged<FollowUpDto> Entries { get; private set; } = null!;

    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Visibility { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public int? Duration { get; set; }
    /// <summary>One participant a line.</summary>
    [BindProperty] public string? Participants { get; set; }
    /// <summary>One next step a line: « intitulé ; responsable ; AAAA-MM-JJ ».</summary>
    [BindProperty] public string? NextSteps { get; set; }

    public static IEnumerable<KeyValuePair<string, string>> Kinds =>
        [new("", "— choisir —"), .. Enum.GetValues<FollowUpKind>().Select(k => new KeyValuePair<string, string>(k.ToString(), FollowUpLabels.Kind(k)))];

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        Date = FrenchTime.Today(clock);
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        var kind = Enum.TryParse<FollowUpKind>(Kind, out var k) && Enum.IsDefined(k) ? k : default;
        var visibility = Visibility switch
        {
            "partage" => FollowUpVisibility.SharedWithPair,
            "confidentiel" => FollowUpVisibility.Internal,
            _ => default,
        };
        if (visibility == default) ModelState.AddModelError(nameof(Visibility), "Choisissez : confidentiel, ou partagé avec le binôme.");
        if (Date is null) ModelState.AddModelError(nameof(Date), "Indiquez la date de l'échange.");
        var steps = new List<NextStepDraft>();
        foreach (var (line, number) in (NextSteps ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", out var due) && !DateOnly.TryParseExact(parts[2], "dd/MM/yyyy", out due))
            {
                ModelState.AddModelError(nameof(NextSteps), $"Prochaine étape {number} : écrivez « intitulé ; responsable ; 31/03/2019 ».");
                continue;
            }
            steps.Add(new NextStepDraft(parts[0], parts[1], due));
        }
        if (ModelState.IsValid)
        {
            var participants = (Participants ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var input = new FollowUpInput(Date!.Value, kind, Notes, visibility, Duration, participants, steps);
            var (ok, _) = await TryFormAsync(new RecordFollowUp(cohortId, territoryId, input), f => f.Replace("Input.", "", StringComparison.Ordinal) switch
            {
                "Date" => nameof(Date), "Kind" => nameof(Kind), "Notes" => nameof(Notes), "Visibility" => nameof(Visibility),
                "DurationMinutes" => nameof(Duration), var x when x.StartsWith("Participants", StringComparison.Ordinal) => nameof(Participants),
                var x when x.StartsWith("NextSteps", StringComparison.Ordinal) => nameof(NextSteps), _ => "",
            });
            if (ok)
            {
                return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"suivi/{territoryId}"), visibility == FollowUpVisibility.SharedWithPair
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
        if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"suivi/{territoryId}"), "Prochaine étape marquée comme faite.");
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadCohortAsync(cohortId);
        Territory = await SendAsync(new GetCohortTerritory(cohortId, territoryId));
        Entries = await SendAsync(new ListFollowUps(cohortId, territoryId, Page: Math.Max(1, PageNumber), PageSize: 20));
    }
}
