using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;

namespace Parcours.Application.Privacy;

public sealed record RetentionReport(bool Applied, int ConfidentialNotes, int Messages);

/// <summary>
/// The daily job's use case: removes the confidential notes and the messages of cohorts ended longer ago
/// than the settings say — each removal a line of the audit trail, as done by Parcours itself — or, while
/// <see cref="RetentionSettings.Apply"/> is off, only counts them and says so in the log.
/// </summary>
public sealed record ApplyRetention : ICommand<RetentionReport>;

internal sealed class ApplyRetentionHandler(IParcoursDbContext db, RetentionSettings settings, TimeProvider clock, ILogger<ApplyRetentionHandler> logger)
    : MediatR.IRequestHandler<ApplyRetention, RetentionReport>
{
    public async Task<RetentionReport> Handle(ApplyRetention request, CancellationToken cancellationToken)
    {
        var today = FrenchTime.Today(clock);
        int notes = 0, messages = 0;
        foreach (var cohort in await RetentionScope.CohortsAsync(db, settings, today, cancellationToken))
        {
            if (!settings.Apply)
            {
                notes += await RetentionScope.Notes(db, cohort, today).CountAsync(cancellationToken);
                messages += await RetentionScope.Messages(db, cohort, today).CountAsync(cancellationToken);
                continue;
            }
            // Loaded, not deleted in bulk: the context writes one audit line per removed item.
            var removedNotes = await RetentionScope.Notes(db, cohort, today).Include(e => e.NextSteps).ToListAsync(cancellationToken);
            db.FollowUpEntries.RemoveRange(removedNotes);
            var removedMessages = await RetentionScope.Messages(db, cohort, today).ToListAsync(cancellationToken);
            db.Notifications.RemoveRange(removedMessages);
            await db.SaveChangesAsync(cancellationToken);
            db.ClearTracking();
            notes += removedNotes.Count;
            messages += removedMessages.Count;
        }
        if (settings.Apply)
        {
            logger.LogInformation("Conservation : {Notes} notes confidentielles et {Messages} messages supprimés.", notes, messages);
        }
        else
        {
            logger.LogInformation("Conservation (simulation, Retention:Apply désactivé) : {Notes} notes confidentielles et {Messages} messages seraient supprimés.", notes, messages);
        }
        return new RetentionReport(settings.Apply, notes, messages);
    }
}
