using Parcours.Application.Pairs;
using Parcours.Application.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>The cohort's binômes with who sat in them and when, and the accepted territories still without one.</summary>
public sealed class BinomesModel : CoordinationPage
{
    public IReadOnlyList<PairDto> Pairs { get; private set; } = [];
    public IReadOnlyList<CohortTerritoryDto> WithoutPair { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Pairs = await AllPairsAsync(cohortId);
        WithoutPair = await AcceptedWithoutPairAsync(cohortId, Pairs);
    }
}
