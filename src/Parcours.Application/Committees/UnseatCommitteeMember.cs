using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>A member leaves the committee on a given day; they stay in the history of earlier meetings.</summary>
public sealed record UnseatCommitteeMember(DateOnly LeftOn) : ICommand<CommitteeDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid SeatId { get; init; }
}

internal sealed class UnseatCommitteeMemberHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<UnseatCommitteeMember, CommitteeDto>
{
    public async Task<CommitteeDto> Handle(UnseatCommitteeMember request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: true, cancellationToken);
        committee.Unseat(request.SeatId, request.LeftOn);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.CommitteeAsync(db, committee, cancellationToken);
    }
}
