using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Cohorts;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Application.Pairs;
using Parcours.Application.People;
using Parcours.Application.Roadmaps;
using Parcours.Application.Sessions;
using Parcours.Domain.Reminders;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Reminders;

/// <summary>A reminder put into words: what the e-mail and the inbox say, the link to the item, attachments.</summary>
internal sealed record ComposedReminder(string Subject, IReadOnlyList<string> Paragraphs, string LinkLabel, string Link, IReadOnlyList<EmailAttachment> Attachments)
{
    public string InboxText => string.Join("\n\n", Paragraphs);
}

/// <summary>
/// Writes the French messages of a batch of reminders. What a batch needs of other modules is read
/// through their contracts, in a few set-based calls (by the ids of the batch), never one per reminder.
/// A reminder whose object has gone (a session cancelled, a step done, a roadmap handed in) gets a
/// reason instead of a message.
/// </summary>
internal sealed class ReminderMessages
{
    private IReadOnlyDictionary<Guid, string> _cohorts = new Dictionary<Guid, string>();
    private Dictionary<Guid, SessionFact> _sessions = [];
    private IReadOnlyDictionary<Guid, string> _invitations = new Dictionary<Guid, string>();
    private Dictionary<(Guid, DateTime), SessionFact> _sessionsByStart = [];
    private Dictionary<Guid, MeetingFact> _meetings = [];
    private Dictionary<Guid, NextStepFact> _steps = [];
    private Dictionary<Guid, (PairFact Pair, RoadmapStatus? Status)> _pairs = [];
    private IReadOnlyDictionary<Guid, PersonFact> _people = new Dictionary<Guid, PersonFact>();
    private readonly IReminderLinks _links;
    private readonly Dictionary<Guid, DateOnly?> _deadlines;

    private ReminderMessages(IReminderLinks links, Dictionary<Guid, DateOnly?> deadlines)
    {
        _links = links;
        _deadlines = deadlines;
    }

    public PersonFact? Person(Guid id) => _people.GetValueOrDefault(id);

    /// <summary>The facts one batch needs, from the modules that own them.</summary>
    internal sealed record Sources(
        IParcoursDbContext Db, ICohortFacts Cohorts, ISessionFacts Sessions, IPairFacts Pairs, IFollowUpFacts FollowUps, ICommitteeFacts Committees,
        IRoadmapFacts Roadmaps, IPeopleFacts People, IReminderLinks Links);

    public static async Task<ReminderMessages> LoadAsync(Sources from, IReadOnlyCollection<Reminder> batch, CancellationToken ct)
    {
        List<Guid> Items(params ReminderRule[] rules) => [.. batch.Where(r => rules.Contains(r.Rule)).Select(r => r.ItemId).Distinct()];
        var cohortIds = batch.Select(r => r.CohortId).Distinct().ToList();
        var deadlines = await from.Db.ReminderSettings.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId))
            .ToDictionaryAsync(s => s.CohortId, s => s.RoadmapDeadline, ct);
        var messages = new ReminderMessages(from.Links, deadlines) { _cohorts = await from.Cohorts.TitlesAsync(cohortIds, ct) };

        messages._sessions = (await from.Sessions.ByIdsAsync(Items(ReminderRule.SessionEarly, ReminderRule.SessionEve), ct)).ToDictionary(s => s.Id);
        messages._invitations = await from.Sessions.InvitationsAsync(
            [.. messages._sessions.Values.Where(s => s is { Planned: true, StartsAtUtc: not null }).Select(s => s.Id)],
            cohortId => messages._cohorts.GetValueOrDefault(cohortId, ""), ct);
        var absenceCohorts = batch.Where(r => r.Rule == ReminderRule.TwoAbsences).Select(r => r.CohortId).Distinct().ToList();
        messages._sessionsByStart = (await from.Sessions.DatedOfCohortsAsync(absenceCohorts, ct)).ToDictionary(s => (s.CohortId, s.StartsAtUtc!.Value));
        messages._meetings = (await from.Committees.ByIdsAsync(Items(ReminderRule.CommitteeMeeting), ct)).ToDictionary(m => m.Id);
        messages._steps = (await from.FollowUps.NextStepsByIdsAsync(Items(ReminderRule.NextStepDue), ct)).ToDictionary(s => s.Id);

        var pairs = await from.Pairs.ByIdsAsync(Items(ReminderRule.RoadmapDeadlineNear, ReminderRule.RoadmapDeadlineMissed), ct);
        var statuses = await from.Roadmaps.StatusesAsync([.. pairs.Select(p => (p.CohortId, p.TerritoryId))], ct);
        messages._pairs = pairs.ToDictionary(p => p.Id, p => (p, statuses.TryGetValue((p.CohortId, p.TerritoryId), out var status) ? (RoadmapStatus?)status : null));

        messages._people = await from.People.ByIdsAsync([.. batch.Select(r => r.RecipientPersonId).Concat(Items(ReminderRule.TwoAbsences)).Distinct()], ct);
        return messages;
    }

    /// <summary>The message, or why there is none any more.</summary>
    public (ComposedReminder? Message, string? NoLongerRelevant) Compose(Reminder reminder)
    {
        var cohort = _cohorts.GetValueOrDefault(reminder.CohortId, "");
        switch (reminder.Rule)
        {
            case ReminderRule.SessionEarly or ReminderRule.SessionEve:
                if (!_sessions.TryGetValue(reminder.ItemId, out var s) || !s.Planned || s.StartsAtUtc is null)
                    return (null, "Sans objet : la session a été annulée ou n'est plus datée.");
                var paragraphs = new List<string>
                {
                    $"La session collective {s.Code} « {s.Title} » de la promotion « {cohort} » a lieu {FrenchTime.LongMoment(s.StartsAtUtc.Value)}.",
                };
                if (s.Place is not null) paragraphs.Add($"Lieu : {s.Place}.");
                if (s.OnlineLink is not null) paragraphs.Add($"En ligne : {s.OnlineLink}");
                if (s.Topic is not null) paragraphs.Add($"Thème : {s.Topic}.");
                paragraphs.Add("L'invitation est jointe à ce message (fichier .ics) pour l'ajouter à votre agenda.");
                var ics = Encoding.UTF8.GetBytes(_invitations[s.Id]);
                return (new ComposedReminder($"Rappel : {s.Code} « {s.Title} », {FrenchTime.LongMoment(s.StartsAtUtc.Value)}", paragraphs, "Voir la session",
                    _links.Session(s.Id), [new EmailAttachment($"{s.Code}.ics", "text/calendar", ics)]), null);

            case ReminderRule.RoadmapDeadlineNear or ReminderRule.RoadmapDeadlineMissed:
                if (!_pairs.TryGetValue(reminder.ItemId, out var pair) || _deadlines.GetValueOrDefault(reminder.CohortId) is not { } deadline)
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
                var territory = pair.Pair.TerritoryName;
                return (new ComposedReminder(
                    missed ? $"Feuille de route de {territory} : l'échéance du {day} est passée" : $"Feuille de route de {territory} : à remettre le {day}",
                    [missed
                        ? $"La feuille de route du territoire {territory} (promotion « {cohort} ») était attendue le {day} ; {state}."
                        : $"La feuille de route du territoire {territory} (promotion « {cohort} ») est attendue le {day} ; {state}.",
                     "Ce message est adressé au binôme, avec copie à ses accompagnateurs."],
                    "Ouvrir la feuille de route", _links.Roadmap(reminder.CohortId, pair.Pair.TerritoryId), []), null);

            case ReminderRule.NextStepDue:
                if (!_steps.TryGetValue(reminder.ItemId, out var step))
                    return (null, "Sans objet : la prochaine étape n'existe plus.");
                if (step.Done)
                    return (null, "Sans objet : la prochaine étape est faite.");
                var due = FrenchTime.LongDay(step.DueDate);
                return (new ComposedReminder($"Prochaine étape à échéance le {due} : {step.Title}",
                    [$"La prochaine étape « {step.Title} » (territoire {step.TerritoryName}, promotion « {cohort} ») est à faire pour le {due}."],
                    "Ouvrir mon espace Parcours", _links.NextStep(step.CohortId, step.TerritoryId), []), null);

            case ReminderRule.CommitteeMeeting:
                if (!_meetings.TryGetValue(reminder.ItemId, out var m))
                    return (null, "Sans objet : la réunion n'existe plus.");
                var lines = new List<string> { $"{m.CommitteeName} (promotion « {cohort} ») se réunit {FrenchTime.LongMoment(m.StartsAtUtc)} : « {m.Title} »." };
                if (m.Place is not null) lines.Add($"Lieu : {m.Place}.");
                if (m.Agenda.Count > 0) lines.Add("Ordre du jour : " + string.Join(" ; ", m.Agenda) + ".");
                lines.Add(m.Documents == 0
                    ? "Les documents de la réunion seront au même lien dès qu'ils seront déposés."
                    : $"{m.Documents} document(s) de la réunion sont à lire au lien ci-dessous.");
                return (new ComposedReminder($"{m.CommitteeName} : réunion {FrenchTime.LongMoment(m.StartsAtUtc)}", lines, "Ouvrir la réunion",
                    _links.Meeting(m.CommitteeId, m.Id), []), null);

            case ReminderRule.TwoAbsences:
                var absent = _people.GetValueOrDefault(reminder.ItemId);
                if (absent is null || !_sessionsByStart.TryGetValue((reminder.CohortId, reminder.DueAtUtc), out var last))
                    return (null, "Sans objet : la session ou la personne n'existe plus.");
                return (new ComposedReminder($"Deux absences de suite : {absent.FullName}",
                    [$"{absent.FullName} était absent·e, sans s'être excusé·e, à la session {last.Code} du {FrenchTime.Day(last.StartsAtUtc!.Value)} et à la précédente (promotion « {cohort} »).",
                     "Un appel permet souvent de comprendre ce qui se passe avant que le binôme ne décroche."],
                    "Ouvrir le tableau de bord de la promotion", _links.Absences(reminder.CohortId), []), null);
        }
        return (null, "Sans objet : règle inconnue.");
    }

    public static string Greeting(PersonFact person) => $"Bonjour {person.FirstName},";

    public static string Text(PersonFact person, ComposedReminder m, string link, string? unsubscribe)
    {
        var text = new StringBuilder();
        text.Append(Greeting(person)).Append("\n\n");
        foreach (var p in m.Paragraphs) text.Append(p).Append("\n\n");
        text.Append(m.LinkLabel).Append(" : ").Append(link).Append("\n\n-- \nParcours — parcours d'expérience co-construction territoriale\n");
        if (unsubscribe is not null) text.Append("Ne plus recevoir ce type de rappel par e-mail : ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }

    public static string Html(PersonFact person, ComposedReminder m, string link, string? unsubscribe)
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
