using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Evaluation;

namespace Parcours.Application.Evaluation;

public sealed record StageDto(MaturityStage Stage, string Label, string Description);

public sealed record QuestionSetDto(MaturityStage Stage, IReadOnlyList<MaturityQuestion> Questions);

public sealed record AnsweredQuestionDto(string Key, string Question, string Answer);

public sealed record AssessmentDto(AssessmentMoment Moment, MaturityStage Stage, string Label, IReadOnlyList<AnsweredQuestionDto> Answers, DateTime AssessedAtUtc)
{
    public static AssessmentDto From(MaturityAssessment a)
    {
        var questions = MaturityScale.Questions(a.Moment, a.Stage);
        return new AssessmentDto(a.Moment, a.Stage, MaturityScale.Label(a.Stage),
            [.. a.Answers.Select(x => new AnsweredQuestionDto(x.Key, questions.FirstOrDefault(q => q.Key == x.Key)?.Text ?? x.Key, x.Text))], a.AssessedAtUtc);
    }
}

/// <summary>A territory's placings at the start and the end, the scale, and the questions of each moment and stage.</summary>
public sealed record TerritoryMaturityDto(Guid CohortId, Guid TerritoryId, string TerritoryName, AssessmentDto? Start, AssessmentDto? End, bool CanAssess,
    IReadOnlyList<StageDto> Scale, IReadOnlyList<MaturityQuestion> StartQuestions, IReadOnlyList<QuestionSetDto> EndQuestions)
{
    public static IReadOnlyList<StageDto> Stages { get; } =
        [.. Enum.GetValues<MaturityStage>().Select(s => new StageDto(s, MaturityScale.Label(s), MaturityScale.Description(s)))];
}

/// <summary>Who reads a territory's placings: its binôme (who also writes them), its coach, the coordination; « introuvable » for anyone else.</summary>
internal static class MaturityAccess
{
    public static async Task<(string TerritoryName, CohortStanding Standing)> EnsureReadsAsync(IParcoursDbContext db, CallerAccess access,
        Guid cohortId, Guid territoryId, CancellationToken ct)
    {
        var name = await db.Participations.AsNoTracking().Where(p => p.CohortId == cohortId && p.TerritoryId == territoryId)
            .Select(p => p.TerritoryName).SingleOrDefaultAsync(ct);
        var standing = await access.StandingAsync(cohortId, ct);
        if (name is null || !(standing.IsCoordinator || standing.IsPairOf(territoryId) || standing.Coaches(territoryId)))
        {
            throw NotFoundException.Territory();
        }
        return (name, standing);
    }
}
