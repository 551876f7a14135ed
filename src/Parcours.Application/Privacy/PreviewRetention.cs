using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Privacy;

public sealed record RetentionCohortDto(Guid CohortId, string Title, DateOnly EndDate, DateOnly NotesRemovedAfter, DateOnly MessagesRemovedAfter,
    int ConfidentialNotes, int Messages);

public sealed record RetentionPreviewDto(int FollowUpNotesMonths, int NotificationsMonths, bool Applied, IReadOnlyList<RetentionCohortDto> Cohorts,
    int ConfidentialNotes, int Messages);

/// <summary>What the daily retention job removes (or would remove, while it only simulates), for an administrator to read.</summary>
public sealed record PreviewRetention : IQuery<RetentionPreviewDto>;

internal sealed class PreviewRetentionHandler(IParcoursDbContext db, RetentionSettings settings, TimeProvider clock)
    : MediatR.IRequestHandler<PreviewRetention, RetentionPreviewDto>
{
    public async Task<RetentionPreviewDto> Handle(PreviewRetention request, CancellationToken cancellationToken)
    {
        var today = FrenchTime.Today(clock);
        var rows = new List<RetentionCohortDto>();
        foreach (var cohort in await RetentionScope.CohortsAsync(db, settings, today, cancellationToken))
        {
            var notes = await RetentionScope.Notes(db, cohort, today).CountAsync(cancellationToken);
            var messages = await RetentionScope.Messages(db, cohort, today).CountAsync(cancellationToken);
            if (notes + messages > 0)
            {
                rows.Add(new RetentionCohortDto(cohort.CohortId, cohort.Title, cohort.EndDate, cohort.NotesAfter, cohort.MessagesAfter, notes, messages));
            }
        }
        return new RetentionPreviewDto(settings.FollowUpNotesMonths, settings.NotificationsMonths, settings.Apply, rows,
            rows.Sum(r => r.ConfidentialNotes), rows.Sum(r => r.Messages));
    }
}
