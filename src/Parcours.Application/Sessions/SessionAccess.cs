using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>A session, as the caller's standing in its cohort allows.</summary>
internal static class SessionAccess
{
    /// <summary>The session, if the caller's standing in its cohort reads it (<see cref="CohortStanding.ReadsCohort"/>); 404 otherwise, whether or not it exists.</summary>
    public static async Task<CollectiveSession> LoadAsync(IParcoursDbContext db, CallerAccess access, Guid sessionId, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Sessions : db.Sessions.AsNoTracking();
        var session = await query.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || !(await access.StandingAsync(session.CohortId, ct)).ReadsCohort)
        {
            throw new NotFoundException("La session");
        }
        return session;
    }
}
