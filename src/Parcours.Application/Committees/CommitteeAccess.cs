using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>
/// A committee as the caller's standing in its cohort allows (<see cref="CohortStanding.Sees"/>):
/// coordinators every committee, a committee member those where they hold a seat today, and nothing of
/// the others (404, as if absent).
/// </summary>
internal static class CommitteeAccess
{
    public static async Task<Committee> LoadAsync(IParcoursDbContext db, CallerAccess access, Guid committeeId, bool tracking, CancellationToken ct)
    {
        var query = (tracking ? db.Committees : db.Committees.AsNoTracking()).Include(c => c.Seats);
        var committee = await query.SingleOrDefaultAsync(c => c.Id == committeeId, ct);
        // The same answer for a committee that does not exist and for one the caller does not sit on.
        if (committee is null || !(await access.StandingAsync(committee.CohortId, ct)).Sees(committee.Id))
        {
            throw new NotFoundException("Ce comité");
        }
        return committee;
    }

    /// <summary>The meeting of that committee; a meeting of another committee is « introuvable » here, as if absent.</summary>
    public static async Task<CommitteeMeeting> MeetingAsync(IParcoursDbContext db, Committee committee, Guid meetingId, bool tracking, CancellationToken ct) =>
        await (tracking ? db.CommitteeMeetings : db.CommitteeMeetings.AsNoTracking())
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.CommitteeId == committee.Id, ct)
        ?? throw new NotFoundException("Cette réunion");
}
