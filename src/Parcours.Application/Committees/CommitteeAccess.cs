using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>
/// Coordinators see every committee; a committee member sees the committees where they hold a seat
/// today, and nothing of the others (404, as if absent).
/// </summary>
internal static class CommitteeAccess
{
    public static async Task<Committee> LoadAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid committeeId, bool tracking, CancellationToken ct)
    {
        if (!access.IsCoordinator && !(await access.SeatedCommitteesAsync(ct)).Contains(committeeId))
        {
            throw new NotFoundException("Ce comité");
        }
        var query = (tracking ? db.Committees : db.Committees.AsNoTracking()).Include(c => c.Seats);
        return await query.SingleOrDefaultAsync(c => c.Id == committeeId, ct) ?? throw new NotFoundException("Ce comité");
    }

    /// <summary>The meeting of that committee; a meeting of another committee is « introuvable » here, as if absent.</summary>
    public static async Task<CommitteeMeeting> MeetingAsync(IParcoursDbContext db, Committee committee, Guid meetingId, bool tracking, CancellationToken ct) =>
        await (tracking ? db.CommitteeMeetings : db.CommitteeMeetings.AsNoTracking())
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.CommitteeId == committee.Id, ct)
        ?? throw new NotFoundException("Cette réunion");
}
