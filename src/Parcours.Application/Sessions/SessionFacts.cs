using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>What another module may know of a session, without reading the sessions' tables.</summary>
public sealed record SessionFact(
    Guid Id, Guid CohortId, string Code, string Title, bool Planned, DateTime? StartsAtUtc, string? Place, string? OnlineLink, string? Topic,
    IReadOnlyList<Guid> SpeakerPersonIds);

/// <summary>The sessions module's contract with the others: a few set-based reads, never one query per item.</summary>
public interface ISessionFacts
{
    /// <summary>A cohort's sessions (or only one of them), cancelled ones included.</summary>
    Task<IReadOnlyList<SessionFact>> OfCohortAsync(Guid cohortId, Guid? sessionId, CancellationToken ct);

    Task<IReadOnlyList<SessionFact>> ByIdsAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct);

    /// <summary>The dated, not cancelled sessions of these cohorts.</summary>
    Task<IReadOnlyList<SessionFact>> DatedOfCohortsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct);

    /// <summary>The catalysts absent (not excused) from this session and from the cohort's previous dated session.</summary>
    Task<IReadOnlyList<Guid>> AbsentTwiceInARowAsync(Guid sessionId, CancellationToken ct);

    /// <summary>Each session as an invitation (<c>METHOD:REQUEST</c>) for a calendar, in French; one query for them all.</summary>
    Task<IReadOnlyDictionary<Guid, string>> InvitationsAsync(IReadOnlyCollection<Guid> sessionIds, Func<Guid, string> cohortTitle, CancellationToken ct);
}

internal sealed class SessionFacts(IParcoursDbContext db, ICalendarWriter calendar, PublicUrl publicUrl) : ISessionFacts
{
    public async Task<IReadOnlyList<SessionFact>> OfCohortAsync(Guid cohortId, Guid? sessionId, CancellationToken ct) =>
        Facts(await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && (sessionId == null || s.Id == sessionId)).ToListAsync(ct));

    public async Task<IReadOnlyList<SessionFact>> ByIdsAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        sessionIds.Count == 0 ? [] : Facts(await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToListAsync(ct));

    public async Task<IReadOnlyList<SessionFact>> DatedOfCohortsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct) =>
        cohortIds.Count == 0 ? [] : Facts(await db.Sessions.AsNoTracking()
            .Where(s => cohortIds.Contains(s.CohortId) && s.StartsAtUtc != null && s.Status == SessionStatus.Planned).ToListAsync(ct));

    public async Task<IReadOnlyList<Guid>> AbsentTwiceInARowAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.CohortId, s.StartsAtUtc }).FirstOrDefaultAsync(ct);
        if (session?.StartsAtUtc is not { } start) return [];
        var previous = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == session.CohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null && s.StartsAtUtc < start)
            .OrderByDescending(s => s.StartsAtUtc).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (previous is null) return [];
        return await db.Attendances.AsNoTracking()
            .Where(a => a.SessionId == sessionId && a.Status == AttendanceStatus.Absent)
            .Where(a => db.Attendances.Any(p => p.SessionId == previous && p.PersonId == a.PersonId && p.Status == AttendanceStatus.Absent))
            .Select(a => a.PersonId).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> InvitationsAsync(IReadOnlyCollection<Guid> sessionIds, Func<Guid, string> cohortTitle, CancellationToken ct)
    {
        if (sessionIds.Count == 0) return new Dictionary<Guid, string>();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToListAsync(ct);
        // An invitation: REQUEST, with the session's SEQUENCE, so that calendars update the event they hold.
        return sessions.ToDictionary(s => s.Id, s => calendar.Write($"Parcours — {s.Code}", CalendarMethod.Request,
            SessionCalendar.Entries([s], cohortTitle, publicUrl)));
    }

    private static List<SessionFact> Facts(IEnumerable<CollectiveSession> sessions) =>
    [
        .. sessions.Select(s => new SessionFact(s.Id, s.CohortId, s.Code, s.Title, s.Status == SessionStatus.Planned, s.StartsAtUtc,
            string.Join(", ", new[] { s.VenueName, s.VenueAddress }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } place ? place : null,
            s.OnlineLink, string.IsNullOrWhiteSpace(s.Topic) ? null : s.Topic,
            [.. s.Speakers.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value)])),
    ];
}
