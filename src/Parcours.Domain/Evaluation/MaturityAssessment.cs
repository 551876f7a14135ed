using Parcours.Domain.Common;

namespace Parcours.Domain.Evaluation;

/// <summary>
/// The stage a territory's co-construction has reached. The pilot's lesson: « adapter les modes d'évaluation à
/// la maturité » — an emerging catalysis is not judged with the grids of a mature one. The four stages follow an
/// innovation's life as the programme speaks of it: a need and first allies (émergence), a shared frame and
/// means (structuration), a model that lasts (consolidation), a practice that spreads (essaimage, « déployé à
/// grande échelle »).
/// </summary>
public enum MaturityStage
{
    Emergence = 1,
    Structuration = 2,
    Consolidation = 3,
    Essaimage = 4,
}

/// <summary>When the binôme places its territory: at the start of the path, and at its end.</summary>
public enum AssessmentMoment
{
    Start = 1,
    End = 2,
}

public sealed record MaturityQuestion(string Key, string Text);

public sealed record MaturityAnswer(string Key, string Text);

/// <summary>The scale and its questions: at the start one question; at the end, questions that depend on the stage reached.</summary>
public static class MaturityScale
{
    public const int AnswerMax = 2_000;

    public static string Label(MaturityStage stage) => stage switch
    {
        MaturityStage.Emergence => "Émergence",
        MaturityStage.Structuration => "Structuration",
        MaturityStage.Consolidation => "Consolidation",
        _ => "Essaimage",
    };

    public static string Description(MaturityStage stage) => stage switch
    {
        MaturityStage.Emergence => "un besoin du territoire est repéré ; des premiers acteurs se rencontrent et s'y intéressent ensemble.",
        MaturityStage.Structuration => "les partenaires se donnent un cadre commun : objectifs, gouvernance, premiers moyens engagés.",
        MaturityStage.Consolidation => "la démarche tient dans la durée : modèle socio-économique, gouvernance établie, effets mesurés.",
        _ => "la démarche se diffuse : d'autres territoires ou acteurs s'en inspirent ou la reprennent.",
    };

    public static IReadOnlyList<MaturityQuestion> Questions(AssessmentMoment moment, MaturityStage stage) => moment == AssessmentMoment.Start
        ? [new("pourquoi", "Qu'est-ce qui vous fait dire que votre co-construction en est là ?")]
        : stage switch
        {
            MaturityStage.Emergence =>
            [
                new("acteurs", "Quels acteurs avez-vous réunis autour du besoin repéré ?"),
                new("premier-pas", "Quel premier pas commun a été franchi pendant le parcours ?"),
            ],
            MaturityStage.Structuration =>
            [
                new("gouvernance", "Quelle gouvernance s'est mise en place entre les partenaires ?"),
                new("moyens", "Quelles ressources (humaines, financières, matérielles) sont engagées ?"),
            ],
            MaturityStage.Consolidation =>
            [
                new("modele", "Quel modèle socio-économique assure la durée de la démarche ?"),
                new("effets", "Quels effets mesurez-vous sur le territoire, et comment ?"),
            ],
            _ =>
            [
                new("diffusion", "Où et avec qui la démarche se diffuse-t-elle ?"),
                new("transmissible", "Qu'est-ce qui est transmissible, et sous quelle forme ?"),
            ],
        };
}

/// <summary>Where a territory's binôme places its co-construction, at one moment of the path, with its answers.</summary>
public sealed class MaturityAssessment
{
    private List<MaturityAnswer> _answers = [];

    private MaturityAssessment() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public AssessmentMoment Moment { get; private set; }
    public MaturityStage Stage { get; private set; }
    public IReadOnlyList<MaturityAnswer> Answers => _answers;
    public string AssessedBy { get; private set; } = "";
    public DateTime AssessedAtUtc { get; private set; }

    public static MaturityAssessment Place(Guid cohortId, Guid territoryId, AssessmentMoment moment, MaturityStage stage,
        IReadOnlyList<MaturityAnswer> answers, string by, DateTime nowUtc)
    {
        var assessment = new MaturityAssessment { Id = Guid.CreateVersion7(), CohortId = cohortId, TerritoryId = territoryId, Moment = moment };
        assessment.Revise(stage, answers, by, nowUtc);
        return assessment;
    }

    /// <summary>Places the territory again (the binôme may change its mind): the questions are those of the stage chosen, each answered.</summary>
    public void Revise(MaturityStage stage, IReadOnlyList<MaturityAnswer> answers, string by, DateTime nowUtc)
    {
        Rule.Check(!Enum.IsDefined(stage), "maturity-stage-unknown", "Ce stade n'existe pas : émergence, structuration, consolidation ou essaimage.");
        var questions = MaturityScale.Questions(Moment, stage);
        var byKey = answers.GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Text?.Trim() ?? "", StringComparer.Ordinal);
        Rule.Check(byKey.Keys.Any(k => questions.All(q => q.Key != k)), "maturity-answer-unexpected",
            $"Ces réponses ne correspondent pas aux questions du stade « {MaturityScale.Label(stage)} ».");
        var missing = questions.Where(q => !byKey.TryGetValue(q.Key, out var text) || text.Length == 0).ToList();
        Rule.Check(missing.Count > 0, "maturity-answer-missing",
            $"Répondez à chaque question du stade « {MaturityScale.Label(stage)} » : {string.Join(" ", missing.Select(q => $"« {q.Text} »"))}");
        Rule.Check(byKey.Values.Any(t => t.Length > MaturityScale.AnswerMax), "maturity-answer-long", $"Une réponse dépasse {MaturityScale.AnswerMax} caractères.");
        Stage = stage;
        _answers = [.. questions.Select(q => new MaturityAnswer(q.Key, byKey[q.Key]))];
        AssessedBy = by;
        AssessedAtUtc = nowUtc;
    }
}
