using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Pairs;

/// <summary>The binômes of a cohort: all of them for coordinators, their own for a catalyst.</summary>
public sealed record ListCohortPairs(Guid CohortId, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<Paged<PairDto>>;

internal sealed class ListCohortPairsValidator : AbstractValidator<ListCohortPairs>
{
    public ListCohortPairsValidator() => this.PageRules(x => x.Page, x => x.PageSize);
}

internal sealed class ListCohortPairsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCohortPairs, Paged<PairDto>>
{
    public async Task<Paged<PairDto>> Handle(ListCohortPairs request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var query = db.Pairs.AsNoTracking().Where(p => p.CohortId == request.CohortId);
        if (!access.IsCoordinator)
        {
            var me = await access.PersonIdAsync(cancellationToken);
            query = query.Where(p => p.Members.Any(m => m.PersonId == me && m.UntilDate == null));
        }
        var total = await query.CountAsync(cancellationToken);
        // In the territories' French order, walked on the participations' folded-name index: a page reads its own
        // rows (and those before it), not every binôme of the cohort sorted anew at each request.
        var pairs = await (from t in db.Participations.AsNoTracking().Where(x => x.CohortId == request.CohortId)
                           join p in query on t.TerritoryId equals p.TerritoryId
                           orderby t.TerritorySearch, t.TerritoryId, p.Id
                           select p)
            .Include(p => p.Members)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<PairDto>(await PairLoader.ToDtosAsync(db, pairs, cancellationToken), request.Page, request.PageSize, total);
    }
}
