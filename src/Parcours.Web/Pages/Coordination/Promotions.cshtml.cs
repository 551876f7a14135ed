using Parcours.Application.Cohorts;
using Parcours.Application.Common.Paging;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The programme's cohorts, the most recent first, each leading to its dashboard.</summary>
public sealed class PromotionsModel : CoordinationPage
{
    public Paged<CohortDto> Cohorts { get; private set; } = null!;

    public async Task OnGetAsync(int page = 1) => Cohorts = await SendAsync(new ListCohorts(Math.Max(1, page), Paging.MaxSize));
}
