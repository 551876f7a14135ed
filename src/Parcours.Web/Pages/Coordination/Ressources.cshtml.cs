using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Resources;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The cohort's library as the coordination keeps it: every resource, or a session's supports, each linked to its editing page.</summary>
public sealed class RessourcesModel : CoordinationPage
{
    [FromQuery(Name = "seance")] public Guid? SessionId { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ResourcePage Results { get; private set; } = null!;
    public SessionDto? Session { get; private set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        if (SessionId is { } sessionId)
        {
            Session = (await SendAsync(new ListCohortSessions(cohortId))).FirstOrDefault(s => s.Id == sessionId);
        }
        Results = await SendAsync(new SearchResources(CohortId: cohortId, SessionId: Session?.Id, Page: Math.Clamp(PageNumber, 1, 10_000)));
    }

    public string PageLink(int page) => PageLinks.CohortPage(Cohort.Id, "ressources") + (Session is { } s ? $"?seance={s.Id}&page={page}" : $"?page={page}");
}
