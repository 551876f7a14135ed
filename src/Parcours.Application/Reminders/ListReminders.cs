using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

public sealed record ReminderDto(
    Guid Id, Guid CohortId, ReminderRule Rule, ReminderKind Kind, Guid ItemId, Guid RecipientPersonId, string RecipientName, string RecipientEmail,
    DateTime DueAtUtc, DateTime ExpiresAtUtc, ReminderStatus Status, int Attempts, DateTime NextAttemptAtUtc, DateTime? SentAtUtc,
    string? Channels, string? LastError, int Resends);

public sealed record ReminderListDto(IReadOnlyList<ReminderDto> Items, int Page, int PageSize, int Total, IReadOnlyDictionary<ReminderStatus, int> CountsByStatus);

/// <summary>The coordinators' view of the reminders: by status (failed ones first to look at), cohort, rule or recipient.</summary>
public sealed record ListReminders(ReminderStatus? Status, Guid? CohortId, ReminderRule? Rule, Guid? RecipientPersonId, int Page = 1, int PageSize = Paging.DefaultSize)
    : IQuery<ReminderListDto>;

internal sealed class ListRemindersValidator : AbstractValidator<ListReminders>
{
    public ListRemindersValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage("Statut de rappel inconnu.");
        RuleFor(x => x.Rule).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage("Règle de rappel inconnue.");
    }
}

internal sealed class ListRemindersHandler(IParcoursDbContext db, People.IPeopleFacts people) : MediatR.IRequestHandler<ListReminders, ReminderListDto>
{
    public async Task<ReminderListDto> Handle(ListReminders request, CancellationToken cancellationToken)
    {
        await db.HoldConnectionAsync(cancellationToken);
        var filtered = db.Reminders.AsNoTracking()
            .Where(r => request.CohortId == null || r.CohortId == request.CohortId)
            .Where(r => request.Rule == null || r.Rule == request.Rule)
            .Where(r => request.RecipientPersonId == null || r.RecipientPersonId == request.RecipientPersonId);
        // The counts by status: from the tallies the database keeps per cohort, rule and status (a few rows, however
        // many reminders), or counted for one person's reminders — few, and not tallied.
        var counts = request.RecipientPersonId is null
            ? await db.ReminderTallies
                .Where(t => request.CohortId == null || t.CohortId == request.CohortId)
                .Where(t => request.Rule == null || t.Rule == request.Rule)
                .GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Sum(t => t.Count) }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken)
            : await filtered.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var listed = request.Status is { } status ? filtered.Where(r => r.Status == status) : filtered;
        var total = request.Status is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
        var page = await listed.OrderByDescending(r => r.DueAtUtc).ThenBy(r => r.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        // The recipients' names come from the people module, for this page only.
        var recipients = await people.ByIdsAsync([.. page.Select(r => r.RecipientPersonId).Distinct()], cancellationToken);
        var items = page.Select(r => recipients.GetValueOrDefault(r.RecipientPersonId) is { } p
                ? new ReminderDto(r.Id, r.CohortId, r.Rule, r.Kind, r.ItemId, r.RecipientPersonId, p.FullName, p.Email,
                    r.DueAtUtc, r.ExpiresAtUtc, r.Status, r.Attempts, r.NextAttemptAtUtc, r.SentAtUtc, r.Channels, r.LastError, r.Resends)
                : null).OfType<ReminderDto>().ToList();
        return new ReminderListDto(items, request.Page, request.PageSize, total, counts);
    }
}
