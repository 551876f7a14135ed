using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

public sealed record DispatchReport(int Sent, int Retried, int Failed, int Skipped);

/// <summary>
/// Sends the reminders whose time has come. Run by the scheduler every few seconds (and by a
/// coordinator on demand); several instances may run it at once on the same database.
/// Not an <see cref="ICommand{T}"/>: each batch commits on its own, so that a long run never holds
/// one big transaction.
/// </summary>
public sealed record DispatchDueReminders : IQuery<DispatchReport>;

internal sealed class DispatchDueRemindersHandler(
    IParcoursDbContext db, TimeProvider clock, IEmailSender email, IUnsubscribeTokens unsubscribe, PublicUrl publicUrl,
    ILogger<DispatchDueRemindersHandler> logger) : MediatR.IRequestHandler<DispatchDueReminders, DispatchReport>
{
    private const int BatchSize = 200;
    private const int ParallelSends = 8;
    /// <summary>A claim older than this belongs to an instance that stopped while sending.</summary>
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(15);

    public async Task<DispatchReport> Handle(DispatchDueReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int sent = 0, retried = 0, failed = 0, skipped = 0;

        // At most once wins over at least once: a reminder left « sending » by a stopped instance may or
        // may not have left; it is failed with an explanation, for a coordinator to resend, never resent blindly.
        var staleBefore = now - ClaimLifetime;
        failed += await db.Reminders.Where(r => r.Status == ReminderStatus.Sending && r.ClaimedAtUtc < staleBefore)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ReminderStatus.Failed)
                .SetProperty(r => r.ClaimToken, (Guid?)null)
                .SetProperty(r => r.LastError, "Envoi interrompu (arrêt de l'application pendant l'envoi) : vérifier auprès du destinataire, puis renvoyer au besoin.")
                .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);

        while (!cancellationToken.IsCancellationRequested)
        {
            // The claim is one UPDATE: two instances cannot both take the same row.
            var token = Guid.CreateVersion7();
            var claimed = await db.Reminders
                .Where(r => r.Status == ReminderStatus.Scheduled && r.NextAttemptAtUtc <= now)
                .OrderBy(r => r.NextAttemptAtUtc).Take(BatchSize)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, ReminderStatus.Sending)
                    .SetProperty(r => r.ClaimToken, token)
                    .SetProperty(r => r.ClaimedAtUtc, now), cancellationToken);
            if (claimed == 0) break;

            var batch = await db.Reminders.Where(r => r.ClaimToken == token).ToListAsync(cancellationToken);
            var outcome = await DeliverAsync(batch, now, cancellationToken);
            // What was delivered is written down even when the application is stopping.
            await db.SaveChangesAsync(CancellationToken.None);
            db.ClearTracking();
            sent += outcome.Sent;
            retried += outcome.Retried;
            failed += outcome.Failed;
            skipped += outcome.Skipped;
        }
        if (sent + retried + failed + skipped > 0)
        {
            logger.LogInformation("Rappels : {Sent} envoyés, {Retried} à réessayer, {Failed} en échec, {Skipped} sans objet.", sent, retried, failed, skipped);
        }
        return new DispatchReport(sent, retried, failed, skipped);
    }

    private async Task<DispatchReport> DeliverAsync(List<Reminder> batch, DateTime now, CancellationToken ct)
    {
        int sent = 0, retried = 0, failed = 0, skipped = 0;
        var messages = await ReminderMessages.LoadAsync(db, batch, ct);
        var personIds = batch.Select(r => r.RecipientPersonId).Distinct().ToList();
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => personIds.Contains(p.PersonId))
            .ToDictionaryAsync(p => (p.PersonId, p.Kind), ct);
        var reminderIds = batch.Select(r => r.Id).ToList();
        var inboxed = (await db.Notifications.AsNoTracking().Where(n => n.ReminderId != null && reminderIds.Contains(n.ReminderId.Value))
            .Select(n => n.ReminderId!.Value).ToListAsync(ct)).ToHashSet();

        var mails = new List<(Reminder Reminder, EmailMessage Message, bool Inbox)>();
        foreach (var reminder in batch)
        {
            if (reminder.ExpiresAtUtc <= now)
            {
                reminder.Skip($"Moment passé : il devait partir le {FrenchTime.Day(reminder.DueAtUtc)} et n'avait plus de sens après le {FrenchTime.Day(reminder.ExpiresAtUtc)}.", now);
                skipped++;
                continue;
            }
            var person = messages.Person(reminder.RecipientPersonId);
            var (message, reason) = messages.Compose(reminder);
            if (person is null || message is null)
            {
                reminder.Skip(reason ?? "Sans objet : le destinataire n'existe plus.", now);
                skipped++;
                continue;
            }
            var preference = preferences.GetValueOrDefault((person.Id, reminder.Kind));
            var wantsEmail = preference?.Email ?? true;
            var wantsInbox = preference?.InApp ?? true;
            if (!wantsEmail && !wantsInbox)
            {
                reminder.Skip($"Désabonné·e des rappels « {ReminderLabels.Kind(reminder.Kind)} ».", now);
                skipped++;
                continue;
            }
            var emailPossible = wantsEmail && email.IsConfigured && !string.IsNullOrWhiteSpace(person.Email);
            // Without SMTP (or without an address) an e-mail reminder still reaches the person, in the inbox.
            var inbox = wantsInbox || (wantsEmail && !emailPossible);
            var link = publicUrl.To(message.Link);
            if (inbox && inboxed.Add(reminder.Id))
            {
                db.Notifications.Add(new Notification(person.Id, reminder.Id, reminder.Kind, message.Subject,
                    ReminderMessages.Greeting(person) + "\n\n" + message.InboxText, link, now));
            }
            if (!emailPossible)
            {
                reminder.MarkSent("application", now);
                sent++;
                continue;
            }
            var unsubscribeUrl = publicUrl.To("/api/notifications/unsubscribe?token=" + Uri.EscapeDataString(unsubscribe.Create(person.Id, reminder.Kind)));
            mails.Add((reminder, new EmailMessage(person.Email, person.FullName, message.Subject,
                ReminderMessages.Text(person, message, link, unsubscribeUrl), ReminderMessages.Html(person, message, link, unsubscribeUrl),
                unsubscribeUrl, message.Attachments), inbox));
        }

        // SMTP round trips dominate: a few connections at once, results applied afterwards on this thread.
        var started = new ConcurrentDictionary<Guid, bool>();
        var outcomes = new ConcurrentDictionary<Guid, EmailDeliveryException?>();
        try
        {
            await Parallel.ForEachAsync(mails, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (mail, token) =>
            {
                started[mail.Reminder.Id] = true;
                try
                {
                    await email.SendAsync(mail.Message, token);
                    outcomes[mail.Reminder.Id] = null;
                }
                catch (EmailDeliveryException e)
                {
                    outcomes[mail.Reminder.Id] = e;
                }
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The application is stopping: what left is recorded below, what never started goes back
            // to the queue, and what was cut off mid-send stays « sending » (whether it left is unknown).
        }
        foreach (var (reminder, _, inbox) in mails)
        {
            if (!outcomes.TryGetValue(reminder.Id, out var error))
            {
                if (!started.ContainsKey(reminder.Id)) reminder.Release(now);
                continue;
            }
            if (error is null)
            {
                reminder.MarkSent(inbox ? "e-mail, application" : "e-mail", now);
                sent++;
                continue;
            }
            reminder.FailAttempt(error.Message, error.Permanent, now);
            if (reminder.Status == ReminderStatus.Failed) failed++;
            else retried++;
        }
        return new DispatchReport(sent, retried, failed, skipped);
    }
}
