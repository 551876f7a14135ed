using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>A session's answers counted and averaged (the coordination's results and the report's section).</summary>
public sealed record FeedbackTallyDto(Guid SessionId, int Answers, double? ContentAverage, double? WorkshopAverage, double? GuestAverage);

internal static class SessionFeedbackTally
{
    public static async Task<Dictionary<Guid, FeedbackTallyDto>> OfAsync(IParcoursDbContext db, IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        (await db.SessionFeedbacks.AsNoTracking().Where(f => sessionIds.Contains(f.SessionId))
            .GroupBy(f => f.SessionId)
            .Select(g => new { g.Key, Count = g.Count(), Content = g.Average(f => (double)f.ContentScore), Workshop = g.Average(f => (double)f.WorkshopScore), Guest = g.Average(f => (double)f.GuestScore) })
            .ToListAsync(ct))
        .ToDictionary(g => g.Key, g => new FeedbackTallyDto(g.Key, g.Count, Math.Round(g.Content, 2), Math.Round(g.Workshop, 2), Math.Round(g.Guest, 2)));

    /// <summary>Whether the person was present at the session, and whether they already answered its questionnaire.</summary>
    public static async Task<(bool Attended, bool Answered)> ParticipantAsync(IParcoursDbContext db, Guid sessionId, Guid personId, CancellationToken ct) =>
        (await db.Attendances.AnyAsync(a => a.SessionId == sessionId && a.PersonId == personId && a.Status == AttendanceStatus.Present, ct),
         await db.FeedbackReceipts.AnyAsync(r => r.SessionId == sessionId && r.PersonId == personId, ct));

    /// <summary>The day of the session in Paris, when it is dated.</summary>
    public static DateOnly? Day(CollectiveSession session) =>
        session.StartsAtUtc is { } start ? DateOnly.FromDateTime(FrenchTime.ToParis(start)) : null;
}
