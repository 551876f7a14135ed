using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A page shared by the coordination and the coaches (a territory's journal, a roadmap's review): the
/// use cases decide what each may see and do (a coach, the territories they follow today; anything
/// else « introuvable »). Coordinators get the cohort's menu; coaches their list of territories.
/// </summary>
[Authorize(Roles = $"{Roles.Coordinator},{Roles.Coach}")]
public abstract class FollowingPage : UseCasePage
{
    /// <summary>The cohort, for the coordination's menu (null for a coach).</summary>
    public CohortDto? Cohort { get; private set; }

    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public string TerritoryName { get; private set; } = "";

    /// <summary>The territory the page is about, checked for this caller, and the cohort's menu for the coordination.</summary>
    protected async Task LoadTerritoryAsync(Guid cohortId, Guid territoryId)
    {
        (CohortId, TerritoryId) = (cohortId, territoryId);
        await LoadCohortIfCoordinatorAsync(cohortId);
        TerritoryName = await TerritoryNameAsync(cohortId, territoryId);
    }

    protected async Task LoadCohortIfCoordinatorAsync(Guid cohortId)
    {
        if (User.IsInRole(Roles.Coordinator)) Cohort = await SendAsync(new GetCohort(cohortId));
    }

    /// <summary>The territory's name: the coordination reads any; a coach, only those they follow today (else « introuvable »).</summary>
    protected async Task<string> TerritoryNameAsync(Guid cohortId, Guid territoryId)
    {
        if (User.IsInRole(Roles.Coordinator)) return (await SendAsync(new Application.Territories.GetCohortTerritory(cohortId, territoryId))).Territory.Name;
        return (await SendAsync(new Application.FollowUps.ListCoachTerritories()))
            .FirstOrDefault(t => t.CohortId == cohortId && t.TerritoryId == territoryId)?.TerritoryName
            ?? throw new Application.Common.Exceptions.NotFoundException("Ce territoire");
    }

}
