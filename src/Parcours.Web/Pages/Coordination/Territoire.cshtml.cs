using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A territory in the cohort: its profile, where its invitation stands and its story, and the
/// answer recorded — accepted, declined with a reason, withdrawn (one handler per use case).
/// </summary>
public sealed class TerritoireModel(TimeProvider clock) : CoordinationPage
{
    public CohortTerritoryDto Territory { get; private set; } = null!;

    [BindProperty] public DateOnly? AcceptDate { get; set; }
    [BindProperty] public DateOnly? DeclineDate { get; set; }
    [BindProperty] public string? DeclineReason { get; set; }
    [BindProperty] public DateOnly? WithdrawDate { get; set; }
    [BindProperty] public string? WithdrawReason { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        await LoadAsync(cohortId, territoryId);
        AcceptDate = DeclineDate = WithdrawDate = FrenchTime.Today(clock);
    }

    public Task<IActionResult> OnPostAccepterAsync(Guid cohortId, Guid territoryId) =>
        AnswerAsync(cohortId, territoryId, new AcceptInvitation(Date: AcceptDate ?? default) { CohortId = cohortId, TerritoryId = territoryId }, nameof(AcceptDate), null, "a accepté");

    public Task<IActionResult> OnPostRefuserAsync(Guid cohortId, Guid territoryId) =>
        AnswerAsync(cohortId, territoryId, new DeclineInvitation(Date: DeclineDate ?? default, Reason: DeclineReason) { CohortId = cohortId, TerritoryId = territoryId }, nameof(DeclineDate), nameof(DeclineReason), "a refusé");

    public Task<IActionResult> OnPostRetirerAsync(Guid cohortId, Guid territoryId) =>
        AnswerAsync(cohortId, territoryId, new WithdrawParticipation(Date: WithdrawDate ?? default, Reason: WithdrawReason) { CohortId = cohortId, TerritoryId = territoryId }, nameof(WithdrawDate), nameof(WithdrawReason), "s'est retiré");

    private async Task<IActionResult> AnswerAsync(Guid cohortId, Guid territoryId, MediatR.IRequest<CohortTerritoryDto> command, string dateField, string? reasonField, string said)
    {
        if (ModelState.IsValid)
        {
            var (ok, t) = await TryFormAsync(command, f => f switch { "Date" => dateField, "Reason" when reasonField is not null => reasonField, _ => f });
            if (ok) return RedirectWithFlash(PageLinks.CohortTerritory(cohortId, territoryId), $"C'est noté : « {t!.Territory.Name} » {said}.");
        }
        await LoadAsync(cohortId, territoryId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid territoryId)
    {
        await LoadCohortAsync(cohortId);
        Territory = await SendAsync(new GetCohortTerritory(cohortId, territoryId));
    }

    public bool CanAnswer => Territory.Status == ParticipationStatus.Solicited;
    public bool CanWithdraw => Territory.Status == ParticipationStatus.Accepted;
}
