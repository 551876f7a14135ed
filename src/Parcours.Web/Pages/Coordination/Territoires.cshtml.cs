using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common.Paging;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The territories of a cohort, searched and filtered by status, with what can be done to them.</summary>
public sealed class TerritoiresModel : CoordinationPage
{
    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "statut")] public string? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<CohortTerritoryDto> Territories { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        var status = Choice<ParticipationStatus>(Status, "statut", "Ce statut n'existe pas.");
        var (ok, list) = await TryFormAsync(new ListCohortTerritories(cohortId, status, Search: Search, Page: Math.Max(1, PageNumber), PageSize: Paging.MaxSize),
            f => f == "Search" ? "q" : f);
        Territories = ok ? list! : await SendAsync(new ListCohortTerritories(cohortId, PageSize: Paging.MaxSize));
    }
}
