using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

/// <summary>The territories of a cohort, filtered and paged, in alphabetical order.</summary>
public sealed record ListCohortTerritories(
    Guid CohortId, ParticipationStatus? Status = null, FrenchRegion? Region = null, TerritoryKind? Kind = null,
    CarrierKind? CarrierKind = null, string? Search = null, int Page = 1, int PageSize = Paging.DefaultSize)
    : IQuery<Paged<CohortTerritoryDto>>;

internal sealed class ListCohortTerritoriesValidator : AbstractValidator<ListCohortTerritories>
{
    public ListCohortTerritoriesValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Search).OptionalText("recherche", 100);
    }
}

internal sealed class ListCohortTerritoriesHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<ListCohortTerritories, Paged<CohortTerritoryDto>>
{
    public async Task<Paged<CohortTerritoryDto>> Handle(ListCohortTerritories request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);

        var rows = from p in db.Participations.AsNoTracking()
                   join t in db.Territories.AsNoTracking() on p.TerritoryId equals t.Id
                   where p.CohortId == request.CohortId
                   select new { p, t };
        if (request.Status is { } status) rows = rows.Where(r => r.p.Status == status);
        if (request.Region is { } region) rows = rows.Where(r => r.t.Region == region);
        if (request.Kind is { } kind) rows = rows.Where(r => r.t.Kind == kind);
        if (request.CarrierKind is { } carrier) rows = rows.Where(r => r.t.CarrierKind == carrier);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{request.Search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            rows = rows.Where(r => EF.Functions.Like(r.t.Name, pattern));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderBy(r => r.t.Name).ThenBy(r => r.t.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<CohortTerritoryDto>(
            [.. page.Select(r => CohortTerritoryDto.From(r.p, r.t, withHistory: false))], request.Page, request.PageSize, total);
    }
}
