using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

/// <summary>The territories of a cohort, filtered and paged, in French alphabetical order (accents and case aside, the same on every database).</summary>
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
    // The unfiltered list is what every screen opens on: compiled once, it skips EF's per-call
    // expression hashing and parameter extraction (see bench/RESULTS.md).
    // The total comes from the cohort's tallies (kept by the database as participations change) unless a
    // name is searched: a page then costs the page, not a count of the whole cohort.
    private static readonly CompiledPerModel<Func<DbContext, Guid, Task<int>>> TallyAll = new(() => EF.CompileAsyncQuery(
        (DbContext ctx, Guid cohortId) => ctx.Set<ParticipationTally>().Where(t => t.CohortId == cohortId).Sum(t => t.Count)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, int, int, IAsyncEnumerable<PageRow>>> PageAll = new(() => EF.CompileAsyncQuery(
        (DbContext ctx, Guid cohortId, int skip, int take) =>
            from p in ctx.Set<Participation>().AsNoTracking().Where(p => p.CohortId == cohortId)
                .OrderBy(p => p.TerritorySearch).ThenBy(p => p.TerritoryId).Skip(skip).Take(take)
            join t in ctx.Set<Territory>().AsNoTracking() on p.TerritoryId equals t.Id
            select new PageRow(p, t)));

    private sealed record PageRow(Participation P, Territory T);

    public async Task<Paged<CohortTerritoryDto>> Handle(ListCohortTerritories request, CancellationToken cancellationToken)
    {
        // Coordinators may read every cohort: whether this one exists is asked only when the list
        // comes back empty (one query less per page). Others are checked against their cohorts first.
        if (!access.IsCoordinator)
        {
            await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        }

        var rows = db.Participations.AsNoTracking().Where(p => p.CohortId == request.CohortId);
        // A catalyst sees the territories taking part, not those that declined or never answered.
        var community = !access.IsCoordinator;
        if (community) rows = rows.Where(p => p.Status == ParticipationStatus.Accepted);
        if (request.Status is { } status) rows = rows.Where(p => p.Status == status);
        if (request.Region is { } region) rows = rows.Where(p => p.TerritoryRegion == region);
        if (request.Kind is { } kind) rows = rows.Where(p => p.TerritoryKind == kind);
        if (request.CarrierKind is { } carrier) rows = rows.Where(p => p.TerritoryCarrierKind == carrier);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // Accents and case aside, each word anywhere in the name: « saint-etienne » finds « Saint-Étienne Métropole ».
            foreach (var term in Domain.Common.Searchable.Terms(request.Search)) rows = rows.Where(p => p.TerritorySearch.Contains(term));
        }

        // Both queries of the page on one connection: one open/close instead of two.
        await db.HoldConnectionAsync(cancellationToken);
        var unfiltered = !community && request is { Status: null, Region: null, Kind: null, CarrierKind: null } && string.IsNullOrWhiteSpace(request.Search);
        var skip = (request.Page - 1) * request.PageSize;
        var total = unfiltered && db is DbContext ctx ? await TallyAll.For(ctx)(ctx, request.CohortId) : await TotalAsync(request, community, rows, cancellationToken);
        if (total == 0 && access.IsCoordinator)
        {
            await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        }
        // The page is cut on the participations' own index, then joined to its 20 territories.
        List<PageRow> page;
        if (unfiltered && db is DbContext context)
        {
            page = [];
            await foreach (var row in PageAll.For(context)(context, request.CohortId, skip, request.PageSize).WithCancellation(cancellationToken))
            {
                page.Add(row);
            }
        }
        else
        {
            page = await (from p in rows.OrderBy(p => p.TerritorySearch).ThenBy(p => p.TerritoryId).Skip(skip).Take(request.PageSize)
                          join t in db.Territories.AsNoTracking() on p.TerritoryId equals t.Id
                          select new PageRow(p, t)).ToListAsync(cancellationToken);
        }
        var ordered = page.OrderBy(r => r.P.TerritorySearch, StringComparer.Ordinal).ThenBy(r => r.P.TerritoryId).ToList();
        if (!community)
        {
            return new Paged<CohortTerritoryDto>([.. ordered.Select(r => CohortTerritoryDto.From(r.P, r.T, withHistory: false))], request.Page, request.PageSize, total);
        }
        var binomes = await Binomes.OfAsync(db, request.CohortId, [.. ordered.Select(r => r.P.TerritoryId)], cancellationToken);
        return new Paged<CohortTerritoryDto>(
            [.. ordered.Select(r => CohortTerritoryDto.ForCommunity(r.P, r.T, binomes[r.P.TerritoryId].ToList()))], request.Page, request.PageSize, total);
    }

    /// <summary>From the tallies when only the four facets narrow the list (a sum over a few hundred rows at most); counted when a name is searched.</summary>
    private async Task<int> TotalAsync(ListCohortTerritories request, bool community, IQueryable<Participation> rows, CancellationToken ct)
    {
        var status = community ? ParticipationStatus.Accepted : request.Status;
        if (!string.IsNullOrWhiteSpace(request.Search) || (community && request.Status is { } asked && asked != status))
        {
            return await rows.CountAsync(ct);
        }
        var tallies = db.ParticipationTallies.Where(t => t.CohortId == request.CohortId);
        if (status is { } s) tallies = tallies.Where(t => t.Status == s);
        if (request.Region is { } region) tallies = tallies.Where(t => t.Region == region);
        if (request.Kind is { } kind) tallies = tallies.Where(t => t.Kind == kind);
        if (request.CarrierKind is { } carrier) tallies = tallies.Where(t => t.CarrierKind == carrier);
        return await tallies.SumAsync(t => t.Count, ct);
    }
}
