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
        var pairs = await (from p in query
                           join t in db.Territories on p.TerritoryId equals t.Id
                           orderby t.Name, p.Id
                           select p)
            .Include(p => p.Members)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<PairDto>(await PairLoader.ToDtosAsync(db, pairs, cancellationToken), request.Page, request.PageSize, total);
    }
}
