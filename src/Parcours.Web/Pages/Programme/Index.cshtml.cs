using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Domain.Cohorts;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>« Le parcours »: the cohort's phases and its sessions S1–S4 as one timeline.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class IndexModel : UseCasePage
{
    public CohortDto Cohort { get; private set; } = null!;
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    /// <summary>The sessions of each phase; a session on days two phases share belongs to réalisation, where sessions happen.</summary>
    public ILookup<PhaseKind?, SessionDto> ByPhase { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId)
    {
        Cohort = await SendAsync(new GetCohort(cohortId));
        Sessions = await SendAsync(new ListCohortSessions(cohortId));
        ByPhase = Sessions.ToLookup(PhaseOf);
    }

    private PhaseKind? PhaseOf(SessionDto session)
    {
        if (session.StartsAt is not { } start) return null;
        var day = DateOnly.FromDateTime(start);
        var phases = Cohort.Phases.Where(p => p.StartDate <= day && day <= p.EndDate).Select(p => p.Kind).ToList();
        return phases.Contains(PhaseKind.Realisation) ? PhaseKind.Realisation : phases.Count > 0 ? phases[0] : null;
    }
}
