using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

public sealed record DispatchReport(int Sent, int Retried, int Failed, int Skipped);

/// <summary>
/// Sends the reminders whose time has come. Run by the scheduler (and by a coordinator on demand);
/// several instances may run it at once on the same database. A command that commits batch by batch
/// (<see cref="IBatchCommand{T}"/>), so that a long run never holds one big transaction.
/// The claim, the requeue of a stale claim and the « uncertain » verdict are set-based updates whose
/// WHERE clause is the status guard (a claim must be atomic across instances); every other transition
/// is a method of <see cref="Reminder"/> that refuses a wrong status.
/// </summary>
public sealed record DispatchDueReminders : IBatchCommand<DispatchReport>;

internal sealed class DispatchDueRemindersHandler(
    IParcoursDbContext db, TimeProvider clock, IEmailSender email, IUnsubscribeTokens unsubscribe, ReminderMessages.Sources sources,
    ReminderDispatchSettings settings, ILogger<DispatchDueRemindersHandler> logger) : MediatR.IRequestHandler<DispatchDueReminders, DispatchReport>
{
    private const int BatchSize = 200;
    private const int ParallelSends = 8;

    public async Task<DispatchReport> Handle(DispatchDueReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int sent = 0, retried = 0, failed = 0, skipped = 0;

        // Claims left by an instance that stopped (or is slow): a message never handed to the mail server
        // goes back to the queue and leaves now — if its claimer is still at work, it finds its claim gone
        // and skips it, so nothing leaves twice. A message handed but never answered may or may not have
        // left: at most once wins over at least once, it is « uncertain », listed for a coordinator to resend.
        var staleClaim = now - settings.StaleClaim;
        var requeued = await db.Reminders.Where(r => r.Status == ReminderStatus.Sending && r.HandedAtUtc == null && r.ClaimedAtUtc < staleClaim)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ReminderStatus.Scheduled)
                .SetProperty(r => r.ClaimToken, (Guid?)null)
                .SetProperty(r => r.ClaimedAtUtc, (DateTime?)null)
                .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);
        var inFlightSince = now - settings.InFlight;
        var uncertain = await db.Reminders.Where(r => r.Status == ReminderStatus.Sending && r.HandedAtUtc != null && r.HandedAtUtc < inFlightSince)
            .ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, ReminderStatus.Uncertain)
                .SetProperty(r => r.ClaimToken, (Guid?)null)
                .SetProperty(r => r.LastError, "Envoi incertain : le message était remis au serveur de messagerie quand l'application s'est arrêtée. Vérifiez auprès du destinataire, puis renvoyez au besoin.")
                .SetProperty(r => r.UpdatedAtUtc, now), cancellationToken);
        if (requeued + uncertain > 0)
        {
            logger.LogWarning("Rappels repris après un arrêt : {Requeued} remis en file, {Uncertain} incertains.", requeued, uncertain);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            // The claim is one UPDATE whose own WHERE says « still claimable »: two instances cannot both take the same
            // row. Not an UPDATE over a sub-query with its ORDER BY and LIMIT: on PostgreSQL the second of two such
            // updates, once the first committed, rechecks only the row's key against the sub-query it had already
            // read — it took rows already claimed, and both instances then wrote the same inbox message (409).
            var candidates = await db.Reminders.AsNoTracking().Where(Reminder.ClaimableAt(now))
                .OrderBy(r => r.NextAttemptAtUtc).Take(BatchSize).Select(r => r.Id).ToListAsync(cancellationToken);
            if (candidates.Count == 0) break;
            var token = Guid.CreateVersion7();
            var claimed = await db.Reminders
                .Where(r => candidates.Contains(r.Id))
                .Where(Reminder.ClaimableAt(now))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, ReminderStatus.Sending)
                    .SetProperty(r => r.ClaimToken, token)
                    .SetProperty(r => r.ClaimedAtUtc, now)
                    .SetProperty(r => r.HandedAtUtc, (DateTime?)null), cancellationToken);
            // Another instance took them between the look and the claim: look again.
            if (claimed == 0) continue;

            var batch = await db.Reminders.Where(r => r.ClaimToken == token).ToListAsync(cancellationToken);
            var outcome = await DeliverAsync(batch, token, now, cancellationToken);
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

    private async Task<DispatchReport> DeliverAsync(List<Reminder> batch, Guid claim, DateTime now, CancellationToken ct)
    {
        int sent = 0, retried = 0, failed = 0, skipped = 0;
        var messages = await ReminderMessages.LoadAsync(sources, batch, ct);
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
            // Listed in a digest e-mail ahead of its moment: now it reaches the inbox only.
            var digested = reminder.DigestedAtUtc is not null;
            var emailPossible = wantsEmail && !digested && email.IsConfigured && !string.IsNullOrWhiteSpace(person.Email);
            // Without SMTP (or without an address) an e-mail reminder still reaches the person, in the inbox.
            var inbox = wantsInbox || (wantsEmail && !emailPossible && !digested);
            var link = message.Link;
            if (inbox && inboxed.Add(reminder.Id))
            {
                db.Notifications.Add(new Notification(person.Id, reminder.Id, reminder.Kind, message.Subject,
                    ReminderMessages.Greeting(person) + "\n\n" + message.InboxText, link, now));
            }
            if (!emailPossible)
            {
                reminder.MarkSent(digested ? (inbox ? "résumé par e-mail, application" : "résumé par e-mail") : "application", now);
                sent++;
                continue;
            }
            var unsubscribeUrl = sources.Links.Unsubscribe(unsubscribe.Create(person.Id, reminder.Kind));
            mails.Add((reminder, new EmailMessage(person.Email, person.FullName, message.Subject,
                ReminderMessages.Text(person, message, link, unsubscribeUrl), ReminderMessages.Html(person, message, link, unsubscribeUrl),
                unsubscribeUrl, message.Attachments), inbox));
        }

        // What needs no mail server (inbox only, skipped) is written down before any message leaves.
        await db.SaveChangesAsync(CancellationToken.None);

        // SMTP round trips dominate: a few connections at once. The messages go by groups of as many as
        // there are connections: a group is marked handed in one statement just before it goes, and its
        // outcomes are written in one save as soon as the group is done. A stop, or a kill, at any point
        // leaves every message sent, back in the queue, or — at most one group, truly in flight — uncertain.
        // Two writes a group rather than two a message: the database no longer paces the mail server.
        var counts = new int[3]; // sent, retried, failed
        var started = new HashSet<Guid>();
        foreach (var group in mails.Chunk(ParallelSends))
        {
            if (ct.IsCancellationRequested) break;
            var ids = group.Select(m => m.Reminder.Id).ToList();
            // Only under this dispatch's claim: another instance may have taken a message back. The instant is
            // computed here, not in the expression: a parameter, one cached query for every group.
            DateTime? handedAt = clock.GetUtcNow().UtcDateTime;
            var handed = await db.Reminders.Where(r => ids.Contains(r.Id) && r.ClaimToken == claim && r.Status == ReminderStatus.Sending)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.HandedAtUtc, handedAt), CancellationToken.None);
            var mine = handed == ids.Count
                ? ids.ToHashSet()
                : (await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ClaimToken == claim && r.HandedAtUtc == handedAt)
                    .Select(r => r.Id).ToListAsync(CancellationToken.None)).ToHashSet();
            var outcomes = new EmailDeliveryException?[group.Length];
            var finished = new bool[group.Length];
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(0, group.Length).Where(i => mine.Contains(group[i].Reminder.Id)),
                    new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (i, token) =>
                    {
                        lock (started) started.Add(group[i].Reminder.Id);
                        try
                        {
                            await email.SendAsync(group[i].Message, token);
                        }
                        catch (EmailDeliveryException e)
                        {
                            outcomes[i] = e;
                        }
                        finished[i] = true;
                    });
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The application is stopping: what left is written below; what never started goes back to the queue.
            }
            var at = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < group.Length; i++)
            {
                var (reminder, _, inbox) = group[i];
                // Cut off mid-send by a stop: no answer, so no verdict; it stays « sending » until declared uncertain.
                if (!finished[i]) continue;
                if (outcomes[i] is { } error)
                {
                    reminder.FailAttempt(error.Message, error.Permanent, at);
                    counts[reminder.Status == ReminderStatus.Failed ? 2 : 1]++;
                }
                else
                {
                    reminder.MarkSent(inbox ? "e-mail, application" : "e-mail", at);
                    counts[0]++;
                }
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        // Never started (the application is stopping): back to the queue now, handed mark and all. A message
        // cut off mid-send stays « sending » until it is declared uncertain.
        var neverStarted = mails.Select(m => m.Reminder).Where(r => r.Status == ReminderStatus.Sending && !started.Contains(r.Id)).Select(r => r.Id).ToList();
        if (neverStarted.Count > 0)
        {
            await db.Reminders.Where(r => neverStarted.Contains(r.Id) && r.ClaimToken == claim)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, ReminderStatus.Scheduled)
                    .SetProperty(r => r.ClaimToken, (Guid?)null)
                    .SetProperty(r => r.ClaimedAtUtc, (DateTime?)null)
                    .SetProperty(r => r.HandedAtUtc, (DateTime?)null)
                    .SetProperty(r => r.UpdatedAtUtc, now), CancellationToken.None);
        }
        sent += counts[0];
        retried += counts[1];
        failed += counts[2];
        return new DispatchReport(sent, retried, failed, skipped);
    }
}
