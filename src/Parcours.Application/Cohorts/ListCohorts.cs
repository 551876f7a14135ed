using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Cohorts;

/// <summary>Cohorts the caller may see, newest first.</summary>
public sealed record ListCohorts(int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<Paged<CohortDto>>;

internal sealed class ListCohortsValidator : AbstractValidator<ListCohorts>
{
    public ListCohortsValidator() => this.PageRules(x => x.Page, x => x.PageSize);
}

internal sealed class ListCohortsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCohorts, Paged<CohortDto>>
{
    public async Task<Paged<CohortDto>> Handle(ListCohorts request, CancellationToken cancellationToken)
    {
        var query = db.Cohorts.AsNoTracking();
        if (!access.IsCoordinator)
        {
            var visible = await access.CatalystCohortIdsAsync(cancellationToken);
            query = query.Where(c => visible.Contains(c.Id));
        }
        var total = await query.CountAsync(cancellationToken);
        var cohorts = await query.Include(c => c.Phases)
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<CohortDto>([.. cohorts.Select(CohortDto.From)], request.Page, request.PageSize, total);
    }
}
