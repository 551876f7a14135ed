using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

public sealed record ListCoachAssignments(Guid CohortId) : IQuery<IReadOnlyList<CoachAssignmentDto>>;

internal sealed class ListCoachAssignmentsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCoachAssignments, IReadOnlyList<CoachAssignmentDto>>
{
    public async Task<IReadOnlyList<CoachAssignmentDto>> Handle(ListCoachAssignments request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        return await (from a in db.CoachAssignments.AsNoTracking()
                      where a.CohortId == request.CohortId
                      join t in db.Participations.AsNoTracking() on new { a.CohortId, a.TerritoryId } equals new { t.CohortId, t.TerritoryId }
                      join p in db.People.AsNoTracking() on a.CoachPersonId equals p.Id
                      orderby t.TerritoryName, p.LastName
                      select new CoachAssignmentDto(a.Id, a.CohortId, a.TerritoryId, t.TerritoryName, p.Id, p.FirstName + " " + p.LastName, a.FromDate, a.UntilDate))
            .ToListAsync(cancellationToken);
    }
}
