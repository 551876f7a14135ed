using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>The French names of the kinds of reminder, as preferences, unsubscribe pages and skip reasons say them.</summary>
public static class ReminderLabels
{
    public static string Rule(ReminderRule rule) => rule switch
    {
        ReminderRule.SessionEarly => "Session, premier rappel",
        ReminderRule.SessionEve => "Session, veille",
        ReminderRule.RoadmapDeadlineNear => "Échéance de la feuille de route proche",
        ReminderRule.RoadmapDeadlineMissed => "Échéance de la feuille de route passée",
        ReminderRule.NextStepDue => "Prochaine étape à échéance",
        ReminderRule.CommitteeMeeting => "Réunion de comité",
        ReminderRule.TwoAbsences => "Deux absences de suite",
        _ => rule.ToString(),
    };

    public static string Status(ReminderStatus status) => status switch
    {
        ReminderStatus.Scheduled => "Programmé",
        ReminderStatus.Sending => "En cours d'envoi",
        ReminderStatus.Sent => "Envoyé",
        ReminderStatus.Failed => "En échec",
        ReminderStatus.Skipped => "Non envoyé (passé)",
        ReminderStatus.Cancelled => "Annulé",
        ReminderStatus.Uncertain => "Incertain (à vérifier)",
        _ => status.ToString(),
    };

    public static string Kind(ReminderKind kind) => kind switch
    {
        ReminderKind.Sessions => "Sessions collectives",
        ReminderKind.Roadmaps => "Feuille de route",
        ReminderKind.NextSteps => "Prochaines étapes",
        ReminderKind.Committees => "Comités",
        ReminderKind.Absences => "Absences",
        _ => kind.ToString(),
    };
}
