using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>The roadmaps module's contract with the others: where each territory's roadmap stands (none yet: absent).</summary>
public interface IRoadmapFacts
{
    Task<IReadOnlyDictionary<(Guid CohortId, Guid TerritoryId), RoadmapStatus>> StatusesAsync(
        IReadOnlyCollection<(Guid CohortId, Guid TerritoryId)> territories, CancellationToken ct);
}

internal sealed class RoadmapFacts(IParcoursDbContext db) : IRoadmapFacts
{
    public async Task<IReadOnlyDictionary<(Guid CohortId, Guid TerritoryId), RoadmapStatus>> StatusesAsync(
        IReadOnlyCollection<(Guid CohortId, Guid TerritoryId)> territories, CancellationToken ct)
    {
        if (territories.Count == 0) return new Dictionary<(Guid, Guid), RoadmapStatus>();
        var territoryIds = territories.Select(t => t.TerritoryId).Distinct().ToList();
        var wanted = territories.ToHashSet();
        var rows = await db.Roadmaps.AsNoTracking().Where(r => territoryIds.Contains(r.TerritoryId))
            .Select(r => new { r.CohortId, r.TerritoryId, r.Status }).ToListAsync(ct);
        return rows.Where(r => wanted.Contains((r.CohortId, r.TerritoryId))).ToDictionary(r => (r.CohortId, r.TerritoryId), r => r.Status);
    }
}
