using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.Privacy;

/// <summary>
/// How long, after a cohort ends, its confidential follow-up notes and its messages are kept
/// (<c>Retention:*</c>). Until <see cref="Apply"/> is set, the daily job only says what it would remove:
/// an administrator reads that first.
/// </summary>
public sealed record RetentionSettings(int FollowUpNotesMonths, int NotificationsMonths, bool Apply)
{
    public static readonly RetentionSettings Default = new(36, 12, false);
}

/// <summary>What retention removes, cohort by cohort: the same query for the preview and for the job.</summary>
internal static class RetentionScope
{
    public sealed record Due(Guid CohortId, string Title, DateOnly EndDate, DateOnly NotesAfter, DateOnly MessagesAfter);

    /// <summary>Cohorts ended long enough ago for either kind to go.</summary>
    public static async Task<List<Due>> CohortsAsync(IParcoursDbContext db, RetentionSettings settings, DateOnly today, CancellationToken ct)
    {
        var shortest = Math.Min(settings.FollowUpNotesMonths, settings.NotificationsMonths);
        var endedBefore = today.AddMonths(-shortest);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.EndDate < endedBefore).OrderBy(c => c.EndDate)
            .Select(c => new { c.Id, c.Title, c.EndDate }).ToListAsync(ct);
        return [.. cohorts.Select(c => new Due(c.Id, c.Title, c.EndDate, c.EndDate.AddMonths(settings.FollowUpNotesMonths), c.EndDate.AddMonths(settings.NotificationsMonths)))];
    }

    public static IQueryable<FollowUpEntry> Notes(IParcoursDbContext db, Due cohort, DateOnly today) =>
        cohort.NotesAfter < today
            ? db.FollowUpEntries.Where(e => e.CohortId == cohort.CohortId && e.Visibility == FollowUpVisibility.Internal)
            : db.FollowUpEntries.Where(_ => false);

    public static IQueryable<Domain.Reminders.Notification> Messages(IParcoursDbContext db, Due cohort, DateOnly today) =>
        cohort.MessagesAfter < today
            ? db.Notifications.Where(n => n.ReminderId != null && db.Reminders.Any(r => r.Id == n.ReminderId && r.CohortId == cohort.CohortId))
            : db.Notifications.Where(_ => false);
}
