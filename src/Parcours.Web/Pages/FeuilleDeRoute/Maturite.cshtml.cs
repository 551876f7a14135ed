using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Evaluation;
using Parcours.Domain.Evaluation;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>The binôme places its co-construction on the maturity scale, at the start and at the end (with the end's stage questions).</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class MaturiteModel : UseCasePage
{
    public TerritoryMaturityDto Maturity { get; private set; } = null!;

    [BindProperty] public MaturityStage? StartStage { get; set; }
    [BindProperty(SupportsGet = true, Name = "fin")] public MaturityStage? EndStage { get; set; }
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    private string? _handler;

    /// <summary>What the person typed in the form they sent, shown again when it is refused.</summary>
    public string? Posted(string handler, string key) => _handler == handler && Answers.TryGetValue(key, out var text) ? text : null;

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Maturity = await SendAsync(new GetTerritoryMaturity(cohortId, territoryId));
        StartStage = Maturity.Start?.Stage;
    }

    public Task<IActionResult> OnPostDebutAsync(Guid cohortId, Guid territoryId) =>
        SaveAsync(cohortId, territoryId, "debut", AssessmentMoment.Start, StartStage, nameof(StartStage));

    public Task<IActionResult> OnPostFinAsync(Guid cohortId, Guid territoryId) =>
        SaveAsync(cohortId, territoryId, "fin", AssessmentMoment.End, EndStage, "fin");

    private async Task<IActionResult> SaveAsync(Guid cohortId, Guid territoryId, string handler, AssessmentMoment moment, MaturityStage? stage, string stageField)
    {
        _handler = handler;
        if (stage is null) ModelState.AddModelError(stageField, "Choisissez un stade.");
        if (ModelState.IsValid)
        {
            var answers = Answers.Select(a => new MaturityAnswer(a.Key, a.Value ?? "")).ToList();
            var (ok, _) = await TryAsync(new AssessMaturity(stage!.Value, answers) { CohortId = cohortId, TerritoryId = territoryId, Moment = moment },
                f => f == "stage" ? stageField : f);
            if (ok)
            {
                return RedirectWithFlash($"{PageLinks.Roadmap(cohortId, territoryId)}/maturite",
                    moment == AssessmentMoment.Start ? "Stade de début enregistré." : "Stade de fin et réponses enregistrés.");
            }
        }
        Maturity = await SendAsync(new GetTerritoryMaturity(cohortId, territoryId));
        return Page();
    }
}
