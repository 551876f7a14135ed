using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

internal static class FollowUpLoader
{
    /// <summary>The entry with the caller's scope in its cohort; 404 when the caller may not read it.</summary>
    public static async Task<(FollowUpEntry Entry, FollowUpScope Scope)> LoadAsync(
        IParcoursDbContext db, CallerAccess access, Guid entryId, bool tracking, CancellationToken ct)
    {
        var query = (tracking ? db.FollowUpEntries : db.FollowUpEntries.AsNoTracking()).Include(e => e.NextSteps);
        var entry = await query.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            throw new NotFoundException("Cette note de suivi");
        }
        var scope = await FollowUpScope.ForAsync(db, access, entry.CohortId, ct);
        if (!scope.CanRead(entry))
        {
            throw new NotFoundException("Cette note de suivi");
        }
        return (entry, scope);
    }
}
