using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A session dated or moved, in Paris time. A date outside the réalisation phase is refused until a
/// reason is given; a move keeps the former date and says why.
/// </summary>
public sealed class DaterSeanceModel : CoordinationPage
{
    public SessionDto Session { get; private set; } = null!;

    [BindProperty] public DateOnly? Day { get; set; }
    [BindProperty] public TimeOnly? Time { get; set; }
    [BindProperty] public int? Duration { get; set; }
    [BindProperty] public string? OutsidePhaseReason { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        if (Session.StartsAt is { } start)
        {
            Day = DateOnly.FromDateTime(start);
            Time = TimeOnly.FromDateTime(start);
        }
        else
        {
            Time = new TimeOnly(9, 30);
        }
        Duration = Session.DurationMinutes;
        OutsidePhaseReason = Session.OutsidePhaseReason;
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        if (Day is null) ModelState.AddModelError(nameof(Day), "Indiquez le jour de la session.");
        if (Time is null) ModelState.AddModelError(nameof(Time), "Indiquez l'heure de début.");
        if (!ModelState.IsValid) return Page();
        var (ok, session) = await TryFormAsync(
            new ScheduleSession(StartsAt: Day!.Value.ToDateTime(Time!.Value), TimeZone: FrenchTime.ZoneId, DurationMinutes: Duration ?? 0, OutsidePhaseReason: OutsidePhaseReason, Reason: Reason) { Id = sessionId },
            f => f switch { "StartsAt" => nameof(Day), "DurationMinutes" => nameof(Duration), _ => f });
        return ok
            ? RedirectWithFlash(PageLinks.CohortPage(cohortId, "seances"), $"Session {session!.Code} datée : {Fr.Moment(session.StartsAtUtc)}.")
            : Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid sessionId)
    {
        await LoadCohortAsync(cohortId);
        Session = await SendAsync(new GetSession(sessionId));
        if (Session.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Session introuvable.");
    }
}
