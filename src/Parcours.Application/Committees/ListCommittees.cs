using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>The committees of a cohort the caller may see (all for coordinators, those they sit on for members).</summary>
public sealed record ListCommittees(Guid CohortId) : IQuery<IReadOnlyList<CommitteeDto>>;

internal sealed class ListCommitteesHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCommittees, IReadOnlyList<CommitteeDto>>
{
    public async Task<IReadOnlyList<CommitteeDto>> Handle(ListCommittees request, CancellationToken cancellationToken)
    {
        var committees = await db.Committees.AsNoTracking().Include(c => c.Seats).Where(c => c.CohortId == request.CohortId).OrderBy(c => c.Kind).ToListAsync(cancellationToken);
        if (!access.IsCoordinator)
        {
            var seated = await access.SeatedCommitteesAsync(cancellationToken);
            committees = [.. committees.Where(c => seated.Contains(c.Id))];
            if (committees.Count == 0) throw Common.Exceptions.NotFoundException.Cohort();
        }
        else
        {
            await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        }
        var result = new List<CommitteeDto>();
        foreach (var committee in committees)
        {
            result.Add(await CommitteeViews.CommitteeAsync(db, committee, cancellationToken));
        }
        return result;
    }
}
