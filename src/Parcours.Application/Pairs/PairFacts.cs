using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Pairs;

/// <summary>What another module may know of a binôme: its territory and who is in it today.</summary>
public sealed record PairFact(Guid Id, Guid CohortId, Guid TerritoryId, string TerritoryName, IReadOnlyList<Guid> CurrentMemberIds);

/// <summary>The binômes module's contract with the others.</summary>
public interface IPairFacts
{
    /// <summary>A cohort's binômes (or only one of them).</summary>
    Task<IReadOnlyList<PairFact>> OfCohortAsync(Guid cohortId, Guid? pairId, CancellationToken ct);

    Task<IReadOnlyList<PairFact>> ByIdsAsync(IReadOnlyCollection<Guid> pairIds, CancellationToken ct);

    /// <summary>The cohort's catalysts today (members of a binôme who have not left), or those of them among <paramref name="among"/>.</summary>
    Task<IReadOnlyList<Guid>> CurrentCatalystsAsync(Guid cohortId, IReadOnlyCollection<Guid>? among, CancellationToken ct);
}

internal sealed class PairFacts(IParcoursDbContext db) : IPairFacts
{
    public Task<IReadOnlyList<PairFact>> OfCohortAsync(Guid cohortId, Guid? pairId, CancellationToken ct) =>
        ReadAsync(db.Pairs.Where(p => p.CohortId == cohortId && (pairId == null || p.Id == pairId)), ct);

    public async Task<IReadOnlyList<PairFact>> ByIdsAsync(IReadOnlyCollection<Guid> pairIds, CancellationToken ct) =>
        pairIds.Count == 0 ? [] : await ReadAsync(db.Pairs.Where(p => pairIds.Contains(p.Id)), ct);

    public async Task<IReadOnlyList<Guid>> CurrentCatalystsAsync(Guid cohortId, IReadOnlyCollection<Guid>? among, CancellationToken ct) =>
        await db.PairMembers.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.UntilDate == null && (among == null || among.Contains(m.PersonId)))
            .Select(m => m.PersonId).Distinct().ToListAsync(ct);

    private async Task<IReadOnlyList<PairFact>> ReadAsync(IQueryable<Domain.Pairs.Pair> pairs, CancellationToken ct)
    {
        var rows = await (from p in pairs.AsNoTracking()
                          join t in db.Territories.AsNoTracking() on p.TerritoryId equals t.Id
                          select new { p.Id, p.CohortId, p.TerritoryId, t.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var members = (await db.PairMembers.AsNoTracking().Where(m => ids.Contains(m.PairId) && m.UntilDate == null)
            .Select(m => new { m.PairId, m.PersonId }).ToListAsync(ct)).ToLookup(m => m.PairId, m => m.PersonId);
        return [.. rows.Select(r => new PairFact(r.Id, r.CohortId, r.TerritoryId, r.Name, [.. members[r.Id].Distinct()]))];
    }
}
