using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record ListRoadmapComments(Guid CohortId, Guid TerritoryId) : IQuery<IReadOnlyList<RoadmapCommentDto>>;

internal sealed class ListRoadmapCommentsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ListRoadmapComments, IReadOnlyList<RoadmapCommentDto>>
{
    public async Task<IReadOnlyList<RoadmapCommentDto>> Handle(ListRoadmapComments request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsureDrafts();
        return await (from c in db.RoadmapComments.AsNoTracking()
                      join r in db.Roadmaps.AsNoTracking() on c.RoadmapId equals r.Id
                      where r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId
                      orderby c.CreatedAtUtc
                      select new RoadmapCommentDto(c.Id, c.SectionKey, c.VersionNumber, c.Role, c.Author, c.Text, c.ReplyToId, c.CreatedAtUtc)).ToListAsync(cancellationToken);
    }
}
