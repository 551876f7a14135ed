using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.FollowUps;
using Parcours.Application.Me;
using Parcours.Application.Pairs;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Suivi;

/// <summary>
/// The follow-up the coach shared with the binôme (never the confidential notes, never another
/// territory's) and the documents shared with the cohort.
/// </summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class IndexModel : UseCasePage
{
    public const int PageSize = 20;

    public PairDto Pair { get; private set; } = null!;
    public Paged<FollowUpDto> Entries { get; private set; } = null!;
    public IReadOnlyList<DocumentDto> Documents { get; private set; } = [];

    public async Task OnGetAsync(Guid cohortId, int page = 1)
    {
        var me = await SendAsync(new GetMe());
        Pair = me.Pairs.FirstOrDefault(p => p.CohortId == cohortId) ?? throw new Application.Common.Exceptions.NotFoundException("Ce suivi");
        Entries = await SendAsync(new ListFollowUps(cohortId, Pair.TerritoryId, Page: Math.Max(1, page), PageSize: PageSize));
        Documents = await SendAsync(new ListSharedDocuments(cohortId));
    }
}
