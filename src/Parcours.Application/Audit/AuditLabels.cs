namespace Parcours.Application.Audit;

/// <summary>What the trail's actions and kinds of items are called in French (for the API's lines and the pages' filters).</summary>
public static class AuditLabels
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Added => "Création",
        AuditAction.Modified => "Modification",
        AuditAction.Deleted => "Suppression",
        AuditAction.Read => "Lecture",
        _ => action.ToString(),
    };

    /// <summary>The kinds of items the trail names, with their French names (the administrators' filter lists them).</summary>
    public static IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Account"] = "Compte",
        ["AccountRole"] = "Rôle d'un compte",
        ["AccountCredential"] = "Identifiant de connexion",
        ["Person"] = "Personne",
        ["Programme"] = "Programme",
        ["Cohort"] = "Promotion",
        ["CohortPhase"] = "Phase de la promotion",
        ["Territory"] = "Territoire",
        ["Participation"] = "Participation d'un territoire",
        ["ParticipationEvent"] = "Changement de statut d'un territoire",
        ["Pair"] = "Binôme",
        ["PairMember"] = "Membre d'un binôme",
        ["CollectiveSession"] = "Séance collective",
        ["Attendance"] = "Présence",
        ["TopicVote"] = "Vote du thème (S3)",
        ["Ballot"] = "Bulletin de vote",
        ["CoachAssignment"] = "Accompagnement",
        ["FollowUpEntry"] = "Note de suivi",
        ["NextStep"] = "Prochaine étape",
        ["FieldVisit"] = "Visite de terrain",
        ["Committee"] = "Comité",
        ["CommitteeSeat"] = "Siège de comité",
        ["CommitteeMeeting"] = "Réunion de comité",
        ["Decision"] = "Décision",
        ["CommitteeDocument"] = "Document de comité",
        ["Roadmap"] = "Feuille de route",
        ["RoadmapVersion"] = "Version de feuille de route",
        ["RoadmapComment"] = "Commentaire de feuille de route",
        ["Reminder"] = "Rappel",
        ["Notification"] = "Message",
        ["NotificationPreference"] = "Préférence de rappel",
        ["ReminderSettings"] = "Réglages des rappels",
        ["MaturityAssessment"] = "Stade de maturité d'un territoire",
        ["FeedbackReceipt"] = "Réponse à un questionnaire de session (le fait d'avoir répondu)",
        ["Resource"] = "Ressource du centre de ressources",
    };

    public static string Entity(string type) => Entities.GetValueOrDefault(type, type);
}
