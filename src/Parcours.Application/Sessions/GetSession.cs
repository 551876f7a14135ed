using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

public sealed record GetSession(Guid Id) : IQuery<SessionDto>;

internal sealed class GetSessionHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetSession, SessionDto>
{
    public async Task<SessionDto> Handle(GetSession request, CancellationToken cancellationToken) =>
        SessionDto.From(await SessionAccess.LoadAsync(db, access, request.Id, tracking: false, cancellationToken));
}
