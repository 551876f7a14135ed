using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>A session cancelled, with its reason: it stays in the path, marked cancelled, and calendars are told.</summary>
public sealed class AnnulerSeanceModel : CoordinationPage
{
    public SessionDto Session { get; private set; } = null!;

    [BindProperty] public string? Reason { get; set; }

    public Task OnGetAsync(Guid cohortId, Guid sessionId) => LoadAsync(cohortId, sessionId);

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        var (ok, session) = await TryFormAsync(new CancelSession(Reason: Reason) { Id = sessionId }, f => f);
        return ok ? RedirectWithFlash(PageLinks.CohortPage(cohortId, "seances"), $"Session {session!.Code} annulée.") : Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid sessionId)
    {
        await LoadCohortAsync(cohortId);
        Session = await SendAsync(new GetSession(sessionId));
        if (Session.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Session introuvable.");
    }
}
