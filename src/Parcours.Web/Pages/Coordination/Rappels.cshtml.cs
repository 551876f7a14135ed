using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The cohort's reminders: their settings (days before each moment, the roadmap's deadline), and the
/// reminders themselves by status — failed ones first, with the mail server's answer — to resend.
/// </summary>
public sealed class RappelsModel : CoordinationPage
{
    public ReminderSettingsDto Settings { get; private set; } = null!;
    public ReminderListDto Reminders { get; private set; } = null!;

    [FromQuery(Name = "statut")] public string? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    [BindProperty] public int? SessionEarlyDays { get; set; }
    [BindProperty] public int? SessionEveDays { get; set; }
    [BindProperty] public DateOnly? RoadmapDeadline { get; set; }
    [BindProperty] public int? RoadmapNearDays { get; set; }
    [BindProperty] public int? RoadmapMissedDays { get; set; }
    [BindProperty] public int? NextStepDays { get; set; }
    [BindProperty] public int? CommitteeMeetingDays { get; set; }
    [BindProperty] public bool TwoAbsencesAlert { get; set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadAsync(cohortId);
        var s = Settings;
        (SessionEarlyDays, SessionEveDays, RoadmapDeadline, RoadmapNearDays, RoadmapMissedDays, NextStepDays, CommitteeMeetingDays, TwoAbsencesAlert) =
            (s.SessionEarlyDays, s.SessionEveDays, s.RoadmapDeadline, s.RoadmapNearDays, s.RoadmapMissedDays, s.NextStepDays, s.CommitteeMeetingDays, s.TwoAbsencesAlert);
    }

    public async Task<IActionResult> OnPostReglagesAsync(Guid cohortId)
    {
        if (ModelState.IsValid)
        {
            var (ok, _) = await TryFormAsync(new ChangeReminderSettings(SessionEarlyDays: SessionEarlyDays, SessionEveDays: SessionEveDays, RoadmapDeadline: RoadmapDeadline, RoadmapNearDays: RoadmapNearDays, RoadmapMissedDays: RoadmapMissedDays, NextStepDays: NextStepDays, CommitteeMeetingDays: CommitteeMeetingDays, TwoAbsencesAlert: TwoAbsencesAlert) { CohortId = cohortId }, f => f);
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "rappels"), "Réglages des rappels enregistrés : les rappels à venir sont replanifiés.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnPostRenvoyerAsync(Guid cohortId, Guid id)
    {
        var (ok, _) = await TryAsync(new ResendReminder(id));
        if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "rappels") + (string.IsNullOrEmpty(Status) ? "" : "?statut=" + Uri.EscapeDataString(Status)), "Rappel remis dans la file d'envoi : il part dans un instant.");
        await LoadAsync(cohortId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Settings = await SendAsync(new GetReminderSettings(cohortId));
        var status = Choice<ReminderStatus>(Status, "statut", "Ce statut n'existe pas.");
        Reminders = await SendAsync(new ListReminders(status, cohortId, null, null, Math.Max(1, PageNumber), 50));
    }
}
