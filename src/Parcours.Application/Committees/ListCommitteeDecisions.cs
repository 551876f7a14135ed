using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>A committee's decisions register across its meetings: what is still open first, then in the order recorded.</summary>
public sealed record ListCommitteeDecisions(Guid CommitteeId) : IQuery<IReadOnlyList<DecisionDto>>;

internal sealed class ListCommitteeDecisionsHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<ListCommitteeDecisions, IReadOnlyList<DecisionDto>>
{
    public async Task<IReadOnlyList<DecisionDto>> Handle(ListCommitteeDecisions request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.CommitteeId == committee.Id).ToListAsync(cancellationToken);
        return [.. decisions
            .OrderBy(d => d.Status is DecisionStatus.Open or DecisionStatus.InProgress ? 0 : 1).ThenBy(d => d.RecordedAtUtc)
            .Select(DecisionDto.From)];
    }
}
