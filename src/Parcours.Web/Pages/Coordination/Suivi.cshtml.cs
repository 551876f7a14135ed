using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The cohort's follow-up from the coordination: the contact cadence, which coach follows which
/// territory (assigned, ended), the activity of each territory leading to its journal, the CSV.
/// </summary>
public sealed class SuiviModel(TimeProvider clock) : CoordinationPage
{
    public IReadOnlyList<TerritoryActivityDto> Activity { get; private set; } = [];
    public IReadOnlyList<CoachAssignmentDto> Assignments { get; private set; } = [];
    /// <summary>The assignments running today.</summary>
    public IReadOnlyList<CoachAssignmentDto> Current { get; private set; } = [];
    public int Cadence { get; private set; }
    public PersonChoice CoachChoice { get; private set; } = null!;

    [BindProperty] public int? CadenceDays { get; set; }
    [BindProperty(SupportsGet = true, Name = "territoire")] public string? TerritoryId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Coach { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchCoach { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? FromDate { get; set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        ModelState.Clear();
        FromDate ??= FrenchTime.Today(clock);
        await LoadAsync(cohortId);
        CadenceDays = Cadence;
    }

    public async Task<IActionResult> OnPostCadenceAsync(Guid cohortId)
    {
        if (CadenceDays is null) ModelState.AddModelError(nameof(CadenceDays), "Indiquez un nombre de jours.");
        if (ModelState.IsValid)
        {
            var (ok, _) = await TryFormAsync(new SetContactCadence(Days: CadenceDays!.Value) { CohortId = cohortId }, f => f == "Days" ? nameof(CadenceDays) : "");
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "suivi"), $"Cadence de contact : un contact tous les {CadenceDays} jours au moins.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnPostAffecterAsync(Guid cohortId)
    {
        if (!Guid.TryParse(TerritoryId, out var territory)) ModelState.AddModelError("territoire", "Choisissez le territoire.");
        if (!Guid.TryParse(Coach, out var coach)) ModelState.AddModelError(nameof(Coach), "Choisissez l'accompagnateur.");
        if (FromDate is null) ModelState.AddModelError(nameof(FromDate), "Indiquez la date de début du suivi.");
        if (ModelState.IsValid)
        {
            var (ok, a) = await TryFormAsync(new AssignCoach(TerritoryId: territory, CoachPersonId: coach, FromDate: FromDate!.Value) { CohortId = cohortId },
                f => f switch { "TerritoryId" => "territoire", "CoachPersonId" => nameof(Coach), "FromDate" => nameof(FromDate), _ => "" });
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "suivi"), $"{a!.CoachName} accompagne désormais « {a.TerritoryName} ».");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnPostTerminerAsync(Guid cohortId, Guid id)
    {
        var (ok, _) = await TryAsync(new EndCoachAssignment(UntilDate: FrenchTime.Today(clock)) { Id = id });
        if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "suivi"), "Accompagnement terminé à la date du jour.");
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid cohortId)
    {
        var file = await SendAsync(new ExportFollowUps(cohortId));
        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Activity = await SendAsync(new GetFollowUpActivity(cohortId));
        Assignments = await SendAsync(new ListCoachAssignments(cohortId));
        var today = FrenchTime.Today(clock);
        Current = [.. Assignments.Where(a => a.FromDate <= today && (a.UntilDate is null || a.UntilDate >= today))];
        Cadence = (await SendAsync(new ListTerritoriesWithoutContact(cohortId))).CadenceDays;
        CoachChoice = new PersonChoice(nameof(Coach), "Accompagnateur", nameof(SearchCoach), SearchCoach, Coach, await FindPeopleAsync(SearchCoach, Coach));
    }
}
