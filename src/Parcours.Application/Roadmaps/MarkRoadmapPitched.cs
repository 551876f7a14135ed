using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Roadmaps;

/// <summary>Marks the version pitched at S4 (one per roadmap).</summary>
public sealed record MarkRoadmapPitched(Guid CohortId, Guid TerritoryId, int Number) : ICommand<RoadmapVersionDto>;

internal sealed class MarkRoadmapPitchedHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<MarkRoadmapPitched, RoadmapVersionDto>
{
    public async Task<RoadmapVersionDto> Handle(MarkRoadmapPitched request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsureReviewer();
        var versions = await db.RoadmapVersions.Where(v => v.CohortId == request.CohortId && v.TerritoryId == request.TerritoryId).ToListAsync(cancellationToken);
        var target = versions.SingleOrDefault(v => v.Number == request.Number) ?? throw new NotFoundException("Cette version");
        foreach (var other in versions.Where(v => v.Pitched && v != target)) other.MarkPitched(false);
        target.MarkPitched(true);
        await db.SaveChangesAsync(cancellationToken);
        return RoadmapVersionDto.From(target, withContent: false);
    }
}
