using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Cohorts;

/// <summary>The cohorts module's contract with the others.</summary>
public interface ICohortFacts
{
    Task<bool> ExistsAsync(Guid cohortId, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct);
}

internal sealed class CohortFacts(IParcoursDbContext db) : ICohortFacts
{
    public Task<bool> ExistsAsync(Guid cohortId, CancellationToken ct) => db.Cohorts.AnyAsync(c => c.Id == cohortId, ct);

    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct) =>
        cohortIds.Count == 0 ? new Dictionary<Guid, string>() : await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
}
