using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

/// <summary>The four sessions of a cohort, S1 to S4, cancelled ones included.</summary>
public sealed record ListCohortSessions(Guid CohortId) : IQuery<IReadOnlyList<SessionDto>>;

internal sealed class ListCohortSessionsHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<ListCohortSessions, IReadOnlyList<SessionDto>>
{
    public async Task<IReadOnlyList<SessionDto>> Handle(ListCohortSessions request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == request.CohortId).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionDto.From)];
    }
}
