using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Parcours.Application.Common;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

public sealed record DigestReport(int Digests, int Reminders, int Failed);

/// <summary>
/// The digest e-mails: to each person who chose, for a kind, a daily (every morning) or weekly (Monday
/// morning) digest, one French e-mail listing the reminders of those kinds due before the next digest —
/// ahead of their moments. A reminder listed is marked (<see cref="Reminder.DigestedAtUtc"/>): never in
/// two digests, and at its moment it reaches the inbox only. No reminder, no e-mail: a digest is never
/// empty. A digest the mail server refuses un-marks its reminders: they leave one by one at their moment.
/// Run by the scheduler; several instances may run it at once (the mark is a one-statement claim).
/// </summary>
public sealed record SendDigests(DigestFrequency Frequency) : IBatchCommand<DigestReport>;

internal sealed class SendDigestsHandler(
    IParcoursDbContext db, TimeProvider clock, IEmailSender email, ReminderMessages.Sources sources, ILogger<SendDigestsHandler> logger)
    : MediatR.IRequestHandler<SendDigests, DigestReport>
{
    public async Task<DigestReport> Handle(SendDigests request, CancellationToken cancellationToken)
    {
        if (!email.IsConfigured || request.Frequency == DigestFrequency.Immediate) return new DigestReport(0, 0, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(request.Frequency == DigestFrequency.Weekly ? 7 : 1);
        // This run's claim: a token of its own (two runs at one instant still claim apart).
        DateTime? mark = now;
        Guid? token = Guid.CreateVersion7();
        var frequency = request.Frequency;
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            var rules = Reminder.RulesOf(kind).ToList();
            await db.Reminders
                .Where(r => r.Status == ReminderStatus.Scheduled && r.DigestedAtUtc == null && r.DueAtUtc >= now && r.DueAtUtc < horizon && rules.Contains(r.Rule))
                .Where(r => db.NotificationPreferences.Any(p => p.PersonId == r.RecipientPersonId && p.Kind == kind && p.Email && p.Digest == frequency))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.DigestedAtUtc, mark).SetProperty(r => r.DigestToken, token), cancellationToken);
        }
        var listed = await db.Reminders.AsNoTracking().Where(r => r.DigestToken == token).ToListAsync(cancellationToken);
        if (listed.Count == 0) return new DigestReport(0, 0, 0);

        var messages = await ReminderMessages.LoadAsync(sources, listed, cancellationToken);
        int digests = 0, reminders = 0, failed = 0;
        foreach (var group in listed.GroupBy(r => r.RecipientPersonId))
        {
            var person = messages.Person(group.Key);
            var items = group.OrderBy(r => r.DueAtUtc).ThenBy(r => r.Rule)
                .Select(r => (Reminder: r, messages.Compose(r).Message)).Where(x => x.Message is not null).ToList();
            // Nothing left to say (objects gone): no e-mail; their moments will skip them as ever.
            if (person is null || items.Count == 0 || string.IsNullOrWhiteSpace(person.Email)) continue;
            var mail = Compose(person, request.Frequency, [.. items.Select(x => (x.Reminder.DueAtUtc, x.Message!))]);
            try
            {
                await email.SendAsync(mail, cancellationToken);
                digests++;
                reminders += items.Count;
            }
            catch (EmailDeliveryException e)
            {
                failed++;
                logger.LogWarning("Résumé non remis à {Person} : {Error} ; ses rappels partiront chacun à son heure.", person.Id, e.Message);
                var ids = group.Select(r => r.Id).ToList();
                await db.Reminders.Where(r => ids.Contains(r.Id) && r.DigestToken == token)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.DigestedAtUtc, (DateTime?)null).SetProperty(r => r.DigestToken, (Guid?)null), CancellationToken.None);
            }
        }
        logger.LogInformation("Résumés ({Frequency}) : {Digests} envoyés, {Reminders} rappels listés, {Failed} en échec.", request.Frequency, digests, reminders, failed);
        return new DigestReport(digests, reminders, failed);
    }

    private EmailMessage Compose(Parcours.Application.People.PersonFact person, DigestFrequency frequency, IReadOnlyList<(DateTime Due, ComposedReminder Message)> items)
    {
        var (period, coming) = frequency == DigestFrequency.Weekly
            ? ("de la semaine", "les sept jours qui viennent")
            : ("du jour", "les vingt-quatre heures qui viennent");
        var subject = $"Parcours — votre résumé {period} : {items.Count} rappel{(items.Count > 1 ? "s" : "")}";
        var intro = $"Voici ce qui vous attend dans {coming} :";
        var footer = $"Vous recevez ce résumé parce que vous l'avez choisi dans vos préférences : {sources.Links.Preferences}";
        var text = new StringBuilder(ReminderMessages.Greeting(person)).Append("\n\n").Append(intro).Append("\n\n");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").Append(E(subject))
            .Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5\"><p>").Append(E(ReminderMessages.Greeting(person)))
            .Append("</p><p>").Append(E(intro)).Append("</p><ul>");
        foreach (var (due, message) in items)
        {
            text.Append("• ").Append(message.Subject).Append('\n');
            foreach (var p in message.Paragraphs) text.Append("  ").Append(p).Append('\n');
            text.Append("  ").Append(message.LinkLabel).Append(" : ").Append(message.Link).Append("\n\n");
            html.Append("<li><p><strong>").Append(E(message.Subject)).Append("</strong></p>");
            foreach (var p in message.Paragraphs) html.Append("<p>").Append(E(p)).Append("</p>");
            html.Append("<p><a href=\"").Append(E(message.Link)).Append("\">").Append(E(message.LinkLabel)).Append("</a></p></li>");
        }
        text.Append("-- \nParcours — parcours d'expérience co-construction territoriale\n").Append(footer).Append('\n');
        html.Append("</ul><hr><p style=\"font-size:small;color:#555\">Parcours — parcours d'expérience co-construction territoriale<br>")
            .Append(E("Vous recevez ce résumé parce que vous l'avez choisi dans ")).Append("<a href=\"").Append(E(sources.Links.Preferences))
            .Append("\">vos préférences</a>.</p></body></html>");
        // The sessions' invitations travel with the digest, once each.
        var attachments = items.SelectMany(i => i.Message.Attachments).DistinctBy(a => a.FileName).ToList();
        return new EmailMessage(person.Email, person.FullName, subject, text.ToString(), html.ToString(), null, attachments);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
