using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The cohort's four sessions: their dates, places and states, and what can be done with each.</summary>
public sealed class SeancesModel : CoordinationPage
{
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Sessions = await SendAsync(new ListCohortSessions(cohortId));
    }
}
