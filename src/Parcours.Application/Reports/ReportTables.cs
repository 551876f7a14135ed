using System.Globalization;
using System.Text;
using Parcours.Application.Common;
using Parcours.Application.Common.Csv;
using Parcours.Application.Common.Documents;

namespace Parcours.Application.Reports;

/// <summary>The report's tables, the same for the PDF pack and the CSV exports (French labels, « 85,0 % »).</summary>
public static class ReportTables
{
    private static readonly CultureInfo French = FrenchTime.Culture;

    public static readonly IReadOnlyList<string> Names = ["statuts", "diversite", "sessions", "assiduite-territoires", "retours", "maturite", "suivi", "feuilles-de-route", "decisions", "jalons"];

    public static string Percent(double share) => (share * 100).ToString("0.0", French) + " %";

    private static string Score(double? average) => average?.ToString("0.0", French) ?? "—";

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    private static string Day(DateTime when) => when.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static ReportTable? Table(ProgressReportDto r, string name) => name switch
    {
        "statuts" => new(["Statut de l'invitation", "Territoires"], [0.7, 0.3], [.. r.Territories.ByStatus.Select(c => Row(c.Label, c.Count.ToString(French)))]),
        "diversite" => new(["Dimension", "Valeur", "Territoires participants"], [0.3, 0.45, 0.25],
            [.. r.Territories.ByRegion.Select(c => Row("Région", c.Label, c.Count.ToString(French)))
                .Concat(r.Territories.ByKind.Select(c => Row("Type de territoire", c.Label, c.Count.ToString(French))))
                .Concat(r.Territories.ByCarrier.Select(c => Row("Structure porteuse", c.Label, c.Count.ToString(French))))]),
        "sessions" => new(["Session", "Date", "Attendus", "Présents", "Excusés", "Présence (excusés comptés absents)", "Présence (hors excusés)", "Territoires représentés"],
            [0.2, 0.1, 0.08, 0.08, 0.08, 0.16, 0.14, 0.16],
            [.. r.Sessions.PerSession.Select(s => Row($"{s.Code} — {s.Title}", Day(s.StartsAt), s.Expected.ToString(French), s.Present.ToString(French),
                s.Excused.ToString(French), Percent(s.PresenceRate), Percent(s.PresenceRateExcusedLeftOut), $"{s.TerritoriesRepresented} / {s.TerritoriesExpected}"))]),
        "assiduite-territoires" => new(["Territoire", "Sessions attendues", "Représenté", "Excusé", "Présence (excusés comptés absents)", "Présence (hors excusés)"],
            [0.34, 0.12, 0.11, 0.1, 0.18, 0.15],
            [.. r.Sessions.PerTerritory.Select(t => Row(t.Territory, t.SessionsExpected.ToString(French), t.SessionsRepresented.ToString(French),
                t.SessionsExcused.ToString(French), Percent(t.PresenceRate), Percent(t.PresenceRateExcusedLeftOut)))]),
        "retours" => new(["Session", "Présents", "Réponses", "Contenu (sur 5)", "Atelier (sur 5)", "Rencontre inspirante (sur 5)"], [0.34, 0.11, 0.11, 0.14, 0.14, 0.16],
            [.. r.Feedback.PerSession.Select(f => Row($"{f.Code} — {f.Title}", f.Attendees.ToString(French), f.Answers.ToString(French),
                Score(f.ContentAverage), Score(f.WorkshopAverage), Score(f.GuestAverage)))]),
        "maturite" => new(["Stade au début", "Stade à la fin", "Territoires"], [0.4, 0.4, 0.2],
            [.. r.Maturity.Moves.Select(m => Row(m.From, m.To, m.Territories.ToString(French)))]),
        "suivi" => new(["Territoire", "Contacts", "Dernier contact", $"Sans contact depuis plus de {r.FollowUp.CadenceDays} jours"], [0.5, 0.12, 0.16, 0.22],
            [.. r.FollowUp.PerTerritory.Select(f => Row(f.Territory, f.Contacts.ToString(French), Day(f.LastContact), f.BeyondCadence ? "oui" : "non"))]),
        "feuilles-de-route" => new(["État", "Feuilles de route"], [0.7, 0.3], [.. r.Roadmaps.ByState.Select(c => Row(c.Label, c.Count.ToString(French)))]),
        "decisions" => new(["Comité", "Décision ou recommandation encore ouverte", "Responsable", "Échéance", "Statut"], [0.18, 0.42, 0.15, 0.12, 0.13],
            [.. r.Decisions.StillOpen.Select(d => Row(d.Committee, d.Text, d.Owner ?? "", Day(d.DueDate), d.Status))]),
        "jalons" => new(["Jalon à venir", "Date"], [0.75, 0.25], [.. r.MilestonesAhead.Select(m => Row(m.What, Day(m.Date)))]),
        _ => null,
    };

    public static FileContent Csv(ProgressReportDto report, string name, ReportTable table)
    {
        var text = new StringBuilder(CsvText.Line(table.Headers)).Append("\r\n");
        foreach (var row in table.Rows) text.Append(CsvText.Line(row)).Append("\r\n");
        return new FileContent($"rapport-{name}-{report.AtDate:yyyy-MM-dd}.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }

    /// <summary>The report laid out for the comité d'orientation: key figures, three charts, then the tables.</summary>
    public static ReportDocument Document(ProgressReportDto r)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"Situation au {r.AtDate:dd/MM/yyyy}. Ce rapport ne contient que des agrégats : aucune note de suivi, aucun brouillon, aucune donnée personnelle au-delà du nom des territoires."),
            new ReportFigures([
                new ReportFigure("Territoires participants", $"{r.Territories.Participating} / {r.Territories.Target}"),
                new ReportFigure("Binômes complets", $"{r.Binomes.Complete} / {r.Binomes.Formed}"),
                new ReportFigure("Membres remplacés ou partis", r.Binomes.MembersLeft.ToString(French)),
                new ReportFigure("Sessions tenues", r.Sessions.Held.ToString(French)),
                new ReportFigure("Présence moyenne (excusés comptés absents)", Percent(r.Sessions.AveragePresenceRate)),
                new ReportFigure("Présence moyenne (hors excusés)", Percent(r.Sessions.AveragePresenceRateExcusedLeftOut)),
                new ReportFigure("Feuilles de route validées", r.Roadmaps.Validated.ToString(French)),
                new ReportFigure("Décisions ouvertes", (r.Decisions.Open + r.Decisions.InProgress).ToString(French)),
            ]),
            new ReportHeading("Territoires"),
            new ReportBarChart("Territoires par statut d'invitation", [.. r.Territories.ByStatus.Select(c => new ReportBar(c.Label, c.Count, c.Count.ToString(French)))],
                Math.Max(1, r.Territories.ByStatus.Max(c => c.Count))),
            Table(r, "diversite")!,
            new ReportHeading("Sessions collectives et assiduité"),
            new ReportBarChart("Taux de présence par session (excusés comptés absents)", [.. r.Sessions.PerSession.Select(s => new ReportBar($"{s.Code} ({Day(s.StartsAt)})", s.PresenceRate, Percent(s.PresenceRate)))], 1),
            new ReportParagraph(r.Sessions.NotRecorded.Count == 0
                ? "Toutes les sessions tenues ont leur feuille de présence."
                : $"Sessions tenues sans feuille de présence, non comptées dans les taux : {string.Join(", ", r.Sessions.NotRecorded)}."),
            Table(r, "sessions")!,
            Table(r, "assiduite-territoires")!,
            new ReportHeading("Retours des participants"),
            new ReportParagraph(r.Feedback.PerSession.Sum(f => f.Answers) == 0
                ? "Aucun participant n'a encore répondu aux questionnaires des sessions."
                : $"{r.Feedback.PerSession.Sum(f => f.Answers)} réponses aux questionnaires des sessions tenues (notes de 1 à 5 ; les réponses anonymes comptent sans être attribuées)."),
            Table(r, "retours")!,
            new ReportHeading("Maturité des co-constructions"),
            new ReportBarChart("Territoires par stade, au début puis à la fin du parcours",
                [.. r.Maturity.PerStage.SelectMany(m => new[] { new ReportBar($"{m.Stage} — début", m.AtStart, m.AtStart.ToString(French)), new ReportBar($"{m.Stage} — fin", m.AtEnd, m.AtEnd.ToString(French)) })],
                Math.Max(1, r.Maturity.PerStage.Max(m => Math.Max(m.AtStart, m.AtEnd)))),
            new ReportParagraph($"Placés au début et à la fin : {r.Maturity.MovedForward} territoire(s) ont progressé, {r.Maturity.Stayed} sont restés au même stade, {r.Maturity.MovedBack} ont reculé. L'évaluation de fin de parcours pose à chacun les questions de son stade."),
            Table(r, "maturite")!,
            new ReportHeading("Suivi individuel"),
            new ReportParagraph($"{r.FollowUp.Contacts} contacts au total ; {r.FollowUp.TerritoriesBeyondCadence} territoire(s) sans contact depuis plus de {r.FollowUp.CadenceDays} jours."),
            Table(r, "suivi")!,
            new ReportHeading("Feuilles de route"),
            new ReportBarChart("Feuilles de route par état", [.. r.Roadmaps.ByState.Select(c => new ReportBar(c.Label, c.Count, c.Count.ToString(French)))],
                Math.Max(1, r.Roadmaps.ByState.Max(c => c.Count))),
            new ReportHeading("Décisions et recommandations des comités"),
            new ReportParagraph($"Ouvertes : {r.Decisions.Open} ; en cours : {r.Decisions.InProgress} ; réalisées : {r.Decisions.Done} ; abandonnées : {r.Decisions.Dropped}."),
            Table(r, "decisions")!,
            new ReportHeading("Jalons à venir"),
            Table(r, "jalons")!,
        };
        return new ReportDocument("Rapport d'avancement", $"{r.CohortTitle} — situation au {r.AtDate:dd/MM/yyyy}", blocks);
    }

    private static string[] Row(params string[] cells) => cells;
}
