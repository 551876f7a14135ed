using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

public sealed record GetCommittee(Guid Id) : IQuery<CommitteeDto>;

internal sealed class GetCommitteeHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetCommittee, CommitteeDto>
{
    public async Task<CommitteeDto> Handle(GetCommittee request, CancellationToken cancellationToken) =>
        await CommitteeViews.CommitteeAsync(db, await CommitteeAccess.LoadAsync(db, access, request.Id, tracking: false, cancellationToken), cancellationToken);
}
