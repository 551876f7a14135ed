using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

internal static class SessionAccess
{
    /// <summary>The session, if the caller may see its cohort; 404 otherwise, whether or not it exists.</summary>
    public static async Task<CollectiveSession> LoadAsync(IParcoursDbContext db, CallerAccess access, Guid sessionId, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Sessions : db.Sessions.AsNoTracking();
        var session = await query.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !await access.CanReadCohortAsync(session.CohortId, ct))
        {
            throw new NotFoundException("La session");
        }
        return session;
    }
}
