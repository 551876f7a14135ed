using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

public sealed record StatusCountDto(ParticipationStatus Status, string Label, int Count);

public sealed record TerritoryCountsDto(int Total, IReadOnlyList<StatusCountDto> ByStatus);

/// <summary>How many territories of a cohort stand at each step of the invitation (every status listed, zeros included).</summary>
public sealed record CountCohortTerritories(Guid CohortId) : IQuery<TerritoryCountsDto>;

internal sealed class CountCohortTerritoriesHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<CountCohortTerritories, TerritoryCountsDto>
{
    public async Task<TerritoryCountsDto> Handle(CountCohortTerritories request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        // From the tallies the database keeps: the same whatever the cohort's size.
        var counts = await db.ParticipationTallies.Where(t => t.CohortId == request.CohortId)
            .GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byStatus = Enum.GetValues<ParticipationStatus>()
            .Select(s => new StatusCountDto(s, Participation.Label(s), counts.GetValueOrDefault(s))).ToList();
        return new TerritoryCountsDto(byStatus.Sum(s => s.Count), byStatus);
    }
}
