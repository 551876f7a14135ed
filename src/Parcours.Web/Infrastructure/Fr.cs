using Parcours.Application.Common;
using Parcours.Application.Reminders;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Web.Infrastructure;

/// <summary>What pages write in French: dates in Paris time (through <see cref="FrenchTime"/>) and the labels of states.</summary>
public static class Fr
{
    public static string Moment(DateTime? utc) => utc is { } u ? FrenchTime.LongMoment(u) : "date à venir";
    public static string Day(DateTime utc) => FrenchTime.Day(utc);
    /// <summary>« 1er octobre 2018 », « 16 octobre 2018 ».</summary>
    public static string Day(DateOnly day) => day.Day == 1 ? day.ToString("d'er' MMMM yyyy", FrenchTime.Culture) : day.ToString("d MMMM yyyy", FrenchTime.Culture);
    /// <summary>« 0 personne », « 1 personne », « 2 personnes »: in French, zero and one take the singular.</summary>
    public static string Count(int n, string singular, string plural) => $"{n} {(n <= 1 ? singular : plural)}";

    public static string ShortDay(DateOnly day) => day.ToString("dd/MM/yyyy", FrenchTime.Culture);

    public static string RoadmapStatus(RoadmapStatus status) => status switch
    {
        Domain.Roadmaps.RoadmapStatus.Draft => "Brouillon",
        Domain.Roadmaps.RoadmapStatus.Submitted => "Soumise",
        Domain.Roadmaps.RoadmapStatus.ChangesRequested => "À reprendre",
        _ => "Validée",
    };

    /// <summary>The CSS modifier of a state: the label always says it too, colour never says it alone.</summary>
    public static string RoadmapStatusClass(RoadmapStatus status) => status switch
    {
        Domain.Roadmaps.RoadmapStatus.Draft => "etat--neutre",
        Domain.Roadmaps.RoadmapStatus.Submitted => "etat--info",
        Domain.Roadmaps.RoadmapStatus.ChangesRequested => "etat--alerte",
        _ => "etat--succes",
    };

    public static string Outcome(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Pending => "En relecture",
        ReviewOutcome.ChangesRequested => "À reprendre",
        _ => "Validée",
    };

    public static string ActionStatus(ActionStatus status) => status switch
    {
        Domain.Roadmaps.ActionStatus.Planned => "Prévue",
        Domain.Roadmaps.ActionStatus.InProgress => "En cours",
        Domain.Roadmaps.ActionStatus.Done => "Réalisée",
        _ => "Abandonnée",
    };

    public static string CommentRole(CommentAuthorRole role) => role switch
    {
        CommentAuthorRole.Coordinator => "coordination",
        CommentAuthorRole.Coach => "accompagnement",
        _ => "binôme",
    };

    public static string Phase(PhaseKind kind) => kind switch
    {
        PhaseKind.ConceptionLaunch => "Conception et lancement",
        PhaseKind.Realisation => "Réalisation",
        _ => "Évaluation et déploiement",
    };

    public static string Resource(ResourceKind kind) => Application.Resources.ResourceLabels.Kind(kind);
    public static string ReminderKind(Domain.Reminders.ReminderKind kind) => ReminderLabels.Kind(kind);

    public static string Milestone(Domain.Committees.Milestone milestone) => milestone switch
    {
        Domain.Committees.Milestone.Launch => "Lancement",
        Domain.Committees.Milestone.MidWay => "Mi-parcours",
        _ => "Fin de parcours",
    };

    public static string DecisionKind(Domain.Committees.DecisionKind kind) =>
        kind == Domain.Committees.DecisionKind.Decision ? "Décision" : "Recommandation";

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} Ko"
        : string.Create(FrenchTime.Culture, $"{bytes / 1024d / 1024:0.#} Mo");
}
