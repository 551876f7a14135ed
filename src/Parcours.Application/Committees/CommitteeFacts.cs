using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>A committee meeting as another module may know it, with the people who sit on the committee that day.</summary>
public sealed record MeetingFact(
    Guid Id, Guid CohortId, Guid CommitteeId, string CommitteeName, string Title, bool Planned, DateTime StartsAtUtc, string? Place, IReadOnlyList<string> Agenda,
    int Documents, IReadOnlyList<Guid> MemberPersonIds);

/// <summary>The committees module's contract with the others.</summary>
public interface ICommitteeFacts
{
    /// <summary>A cohort's planned meetings (or only one of them, if it is still planned).</summary>
    Task<IReadOnlyList<MeetingFact>> PlannedOfCohortAsync(Guid cohortId, Guid? meetingId, CancellationToken ct);

    Task<IReadOnlyList<MeetingFact>> ByIdsAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken ct);
}

internal sealed class CommitteeFacts(IParcoursDbContext db) : ICommitteeFacts
{
    public Task<IReadOnlyList<MeetingFact>> PlannedOfCohortAsync(Guid cohortId, Guid? meetingId, CancellationToken ct) =>
        ReadAsync(db.CommitteeMeetings.Where(m => m.CohortId == cohortId && m.Status == MeetingStatus.Planned && (meetingId == null || m.Id == meetingId)), ct);

    public async Task<IReadOnlyList<MeetingFact>> ByIdsAsync(IReadOnlyCollection<Guid> meetingIds, CancellationToken ct) =>
        meetingIds.Count == 0 ? [] : await ReadAsync(db.CommitteeMeetings.Where(m => meetingIds.Contains(m.Id)), ct);

    private async Task<IReadOnlyList<MeetingFact>> ReadAsync(IQueryable<CommitteeMeeting> meetings, CancellationToken ct)
    {
        var rows = await (from m in meetings.AsNoTracking()
                          join c in db.Committees.AsNoTracking() on m.CommitteeId equals c.Id
                          select new { m, c.Name, Documents = db.CommitteeDocuments.Count(d => d.MeetingId == m.Id) }).ToListAsync(ct);
        var committeeIds = rows.Select(r => r.m.CommitteeId).Distinct().ToList();
        var seats = (await db.CommitteeSeats.AsNoTracking().Where(s => committeeIds.Contains(s.CommitteeId) && s.PersonId != null).ToListAsync(ct))
            .ToLookup(s => s.CommitteeId);
        return
        [
            .. rows.Select(r => new MeetingFact(r.m.Id, r.m.CohortId, r.m.CommitteeId, r.Name, r.m.Title, r.m.Status == MeetingStatus.Planned, r.m.StartsAtUtc,
                r.m.Place ?? r.m.OnlineLink, r.m.Agenda, r.Documents,
                [.. seats[r.m.CommitteeId].Where(s => s.SitsOn(r.m.Day)).Select(s => s.PersonId!.Value).Distinct()])),
        ];
    }
}
