using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Domain.Committees;
using Parcours.Domain.People;
using Parcours.Domain.Reminders;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Reminders;

/// <summary>A reminder put into words: what the e-mail and the inbox say, the link to the item, attachments.</summary>
internal sealed record ComposedReminder(string Subject, IReadOnlyList<string> Paragraphs, string LinkLabel, string Link, IReadOnlyList<EmailAttachment> Attachments)
{
    public string InboxText => string.Join("\n\n", Paragraphs);
}

/// <summary>
/// Writes the French messages of a batch of reminders. Everything a batch needs is read in a few
/// queries (by the ids of the batch), never one query per reminder. A reminder whose object has
/// gone (a session cancelled, a step done, a roadmap handed in) gets a reason instead of a message.
/// </summary>
internal sealed class ReminderMessages
{
    private readonly Dictionary<Guid, string> _cohorts;
    private readonly Dictionary<Guid, CollectiveSession> _sessions;
    private readonly Dictionary<(Guid, DateTime), CollectiveSession> _sessionsByStart;
    private readonly Dictionary<Guid, (CommitteeMeeting Meeting, string Committee, int Documents)> _meetings;
    private readonly Dictionary<Guid, (Domain.FollowUps.NextStep Step, string Territory)> _steps;
    private readonly Dictionary<Guid, (Guid TerritoryId, string Territory, RoadmapStatus? Status, DateOnly? Deadline)> _pairs;
    private readonly Dictionary<Guid, Person> _people;
    private readonly ICalendarWriter _calendar;
    private readonly PublicUrl _publicUrl;

    private ReminderMessages(Dictionary<Guid, string> cohorts, Dictionary<Guid, CollectiveSession> sessions, Dictionary<(Guid, DateTime), CollectiveSession> sessionsByStart,
        Dictionary<Guid, (CommitteeMeeting, string, int)> meetings, Dictionary<Guid, (Domain.FollowUps.NextStep, string)> steps,
        Dictionary<Guid, (Guid, string, RoadmapStatus?, DateOnly?)> pairs, Dictionary<Guid, Person> people, ICalendarWriter calendar, PublicUrl publicUrl)
    {
        _calendar = calendar;
        _publicUrl = publicUrl;
        _cohorts = cohorts;
        _sessions = sessions;
        _sessionsByStart = sessionsByStart;
        _meetings = meetings;
        _steps = steps;
        _pairs = pairs;
        _people = people;
    }

    public Person? Person(Guid id) => _people.GetValueOrDefault(id);

    public static async Task<ReminderMessages> LoadAsync(IParcoursDbContext db, IReadOnlyCollection<Reminder> batch, ICalendarWriter calendar, PublicUrl publicUrl,
        CancellationToken ct)
    {
        List<Guid> Items(params ReminderRule[] rules) => [.. batch.Where(r => rules.Contains(r.Rule)).Select(r => r.ItemId).Distinct()];
        var cohortIds = batch.Select(r => r.CohortId).Distinct().ToList();
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);

        var sessionIds = Items(ReminderRule.SessionEarly, ReminderRule.SessionEve);
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var absenceCohorts = batch.Where(r => r.Rule == ReminderRule.TwoAbsences).Select(r => r.CohortId).Distinct().ToList();
        var cohortSessions = await db.Sessions.AsNoTracking()
            .Where(s => absenceCohorts.Contains(s.CohortId) && s.StartsAtUtc != null && s.Status == SessionStatus.Planned).ToListAsync(ct);
        var sessionsByStart = cohortSessions.ToDictionary(s => (s.CohortId, s.StartsAtUtc!.Value));

        var meetingIds = Items(ReminderRule.CommitteeMeeting);
        var meetings = await (from m in db.CommitteeMeetings.AsNoTracking()
                              join c in db.Committees.AsNoTracking() on m.CommitteeId equals c.Id
                              where meetingIds.Contains(m.Id)
                              select new { m, c.Name, Documents = db.CommitteeDocuments.Count(d => d.MeetingId == m.Id) }).ToListAsync(ct);

        var stepIds = Items(ReminderRule.NextStepDue);
        var steps = await (from s in db.NextSteps.AsNoTracking()
                           join t in db.Territories.AsNoTracking() on s.TerritoryId equals t.Id
                           where stepIds.Contains(s.Id)
                           select new { s, t.Name }).ToListAsync(ct);

        var pairIds = Items(ReminderRule.RoadmapDeadlineNear, ReminderRule.RoadmapDeadlineMissed);
        var pairs = await (from p in db.Pairs.AsNoTracking()
                           join t in db.Territories.AsNoTracking() on p.TerritoryId equals t.Id
                           where pairIds.Contains(p.Id)
                           select new
                           {
                               p.Id, p.TerritoryId, t.Name,
                               Status = db.Roadmaps.Where(r => r.CohortId == p.CohortId && r.TerritoryId == p.TerritoryId).Select(r => (RoadmapStatus?)r.Status).FirstOrDefault(),
                               Deadline = db.ReminderSettings.Where(s => s.CohortId == p.CohortId).Select(s => s.RoadmapDeadline).FirstOrDefault(),
                           }).ToListAsync(ct);

        var personIds = batch.Select(r => r.RecipientPersonId).Concat(Items(ReminderRule.TwoAbsences)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);

        return new ReminderMessages(cohorts, sessions, sessionsByStart,
            meetings.ToDictionary(x => x.m.Id, x => (x.m, x.Name, x.Documents)),
            steps.ToDictionary(x => x.s.Id, x => (x.s, x.Name)),
            pairs.ToDictionary(x => x.Id, x => (x.TerritoryId, x.Name, x.Status, x.Deadline)),
            people, calendar, publicUrl);
    }

    /// <summary>The message, or why there is none any more.</summary>
    public (ComposedReminder? Message, string? NoLongerRelevant) Compose(Reminder reminder)
    {
        var cohort = _cohorts.GetValueOrDefault(reminder.CohortId, "");
        switch (reminder.Rule)
        {
            case ReminderRule.SessionEarly or ReminderRule.SessionEve:
                if (!_sessions.TryGetValue(reminder.ItemId, out var s) || s.Status == SessionStatus.Cancelled || s.StartsAtUtc is null)
                    return (null, "Sans objet : la session a été annulée ou n'est plus datée.");
                var place = string.Join(", ", new[] { s.VenueName, s.VenueAddress }.Where(p => !string.IsNullOrWhiteSpace(p)));
                var paragraphs = new List<string>
                {
                    $"La session collective {s.Code} « {s.Title} » de la promotion « {cohort} » a lieu {FrenchTime.LongMoment(s.StartsAtUtc.Value)}.",
                };
                if (place.Length > 0) paragraphs.Add($"Lieu : {place}.");
                if (s.OnlineLink is not null) paragraphs.Add($"En ligne : {s.OnlineLink}");
                if (!string.IsNullOrWhiteSpace(s.Topic)) paragraphs.Add($"Thème : {s.Topic}.");
                paragraphs.Add("L'invitation est jointe à ce message (fichier .ics) pour l'ajouter à votre agenda.");
                // An invitation: REQUEST, with the session's SEQUENCE, so that calendars update the event they hold.
                var ics = Encoding.UTF8.GetBytes(_calendar.Write($"Parcours — {s.Code}", CalendarMethod.Request, SessionCalendar.Entries([s], _ => cohort, _publicUrl)));
                return (new ComposedReminder($"Rappel : {s.Code} « {s.Title} », {FrenchTime.LongMoment(s.StartsAtUtc.Value)}", paragraphs, "Voir la session",
                    PageLinks.Session(s.Id), [new EmailAttachment($"{s.Code}.ics", "text/calendar", ics)]), null);

            case ReminderRule.RoadmapDeadlineNear or ReminderRule.RoadmapDeadlineMissed:
                if (!_pairs.TryGetValue(reminder.ItemId, out var pair) || pair.Deadline is not { } deadline)
                    return (null, "Sans objet : plus d'échéance pour la feuille de route.");
                if (pair.Status is RoadmapStatus.Submitted or RoadmapStatus.Validated)
                    return (null, "Sans objet : la feuille de route a été remise.");
                var state = pair.Status switch
                {
                    RoadmapStatus.ChangesRequested => "des modifications y sont demandées",
                    RoadmapStatus.Draft => "elle est encore en brouillon",
                    _ => "elle n'est pas encore commencée",
                };
                var day = FrenchTime.LongDay(deadline);
                var missed = reminder.Rule == ReminderRule.RoadmapDeadlineMissed;
                return (new ComposedReminder(
                    missed ? $"Feuille de route de {pair.Territory} : l'échéance du {day} est passée" : $"Feuille de route de {pair.Territory} : à remettre le {day}",
                    [missed
                        ? $"La feuille de route du territoire {pair.Territory} (promotion « {cohort} ») était attendue le {day} ; {state}."
                        : $"La feuille de route du territoire {pair.Territory} (promotion « {cohort} ») est attendue le {day} ; {state}.",
                     "Ce message est adressé au binôme, avec copie à ses accompagnateurs."],
                    "Ouvrir la feuille de route", PageLinks.Roadmap(reminder.CohortId, pair.TerritoryId), []), null);

            case ReminderRule.NextStepDue:
                if (!_steps.TryGetValue(reminder.ItemId, out var step))
                    return (null, "Sans objet : la prochaine étape n'existe plus.");
                if (step.Step.DoneAtUtc is not null)
                    return (null, "Sans objet : la prochaine étape est faite.");
                var due = FrenchTime.LongDay(step.Step.DueDate);
                return (new ComposedReminder($"Prochaine étape à échéance le {due} : {step.Step.Title}",
                    [$"La prochaine étape « {step.Step.Title} » (territoire {step.Territory}, promotion « {cohort} ») est à faire pour le {due}."],
                    "Ouvrir mon espace Parcours", PageLinks.Home, []), null);

            case ReminderRule.CommitteeMeeting:
                if (!_meetings.TryGetValue(reminder.ItemId, out var m))
                    return (null, "Sans objet : la réunion n'existe plus.");
                var meetingPlace = m.Meeting.Place ?? m.Meeting.OnlineLink;
                var lines = new List<string> { $"{m.Committee} (promotion « {cohort} ») se réunit {FrenchTime.LongMoment(m.Meeting.StartsAtUtc)} : « {m.Meeting.Title} »." };
                if (meetingPlace is not null) lines.Add($"Lieu : {meetingPlace}.");
                if (m.Meeting.Agenda.Count > 0) lines.Add("Ordre du jour : " + string.Join(" ; ", m.Meeting.Agenda) + ".");
                lines.Add(m.Documents == 0
                    ? "Les documents de la réunion seront au même lien dès qu'ils seront déposés."
                    : $"{m.Documents} document(s) de la réunion sont à lire au lien ci-dessous.");
                return (new ComposedReminder($"{m.Committee} : réunion {FrenchTime.LongMoment(m.Meeting.StartsAtUtc)}", lines, "Ouvrir mon espace Parcours",
                    PageLinks.Home, []), null);

            case ReminderRule.TwoAbsences:
                var absent = _people.GetValueOrDefault(reminder.ItemId);
                if (absent is null || !_sessionsByStart.TryGetValue((reminder.CohortId, reminder.DueAtUtc), out var last))
                    return (null, "Sans objet : la session ou la personne n'existe plus.");
                return (new ComposedReminder($"Deux absences de suite : {absent.FullName}",
                    [$"{absent.FullName} était absent·e, sans s'être excusé·e, à la session {last.Code} du {FrenchTime.Day(last.StartsAtUtc!.Value)} et à la précédente (promotion « {cohort} »).",
                     "Un appel permet souvent de comprendre ce qui se passe avant que le binôme ne décroche."],
                    "Ouvrir mon espace Parcours", PageLinks.Home, []), null);
        }
        return (null, "Sans objet : règle inconnue.");
    }

    public static string Greeting(Person person) => $"Bonjour {person.FirstName},";

    public static string Text(Person person, ComposedReminder m, string link, string? unsubscribe)
    {
        var text = new StringBuilder();
        text.Append(Greeting(person)).Append("\n\n");
        foreach (var p in m.Paragraphs) text.Append(p).Append("\n\n");
        text.Append(m.LinkLabel).Append(" : ").Append(link).Append("\n\n-- \nParcours — parcours d'expérience co-construction territoriale\n");
        if (unsubscribe is not null) text.Append("Ne plus recevoir ce type de rappel par e-mail : ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }

    public static string Html(Person person, ComposedReminder m, string link, string? unsubscribe)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(m.Subject)).Append("</title></head><body style=\"font-family:sans-serif;line-height:1.5\">");
        html.Append("<p>").Append(E(Greeting(person))).Append("</p>");
        foreach (var p in m.Paragraphs) html.Append("<p>").Append(E(p)).Append("</p>");
        html.Append("<p><a href=\"").Append(E(link)).Append("\">").Append(E(m.LinkLabel)).Append("</a></p>");
        html.Append("<hr><p style=\"font-size:small;color:#555\">Parcours — parcours d'expérience co-construction territoriale");
        if (unsubscribe is not null) html.Append("<br><a href=\"").Append(E(unsubscribe)).Append("\">Ne plus recevoir ce type de rappel par e-mail</a>");
        return html.Append("</p></body></html>").ToString();
    }

}
