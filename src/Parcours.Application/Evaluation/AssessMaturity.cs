using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Evaluation;

namespace Parcours.Application.Evaluation;

/// <summary>
/// The binôme places its territory's co-construction on the scale, at the start or at the end of the path, and
/// answers that moment's questions — at the end, the questions of the stage reached. Placing again revises.
/// </summary>
public sealed record AssessMaturity(MaturityStage Stage, IReadOnlyList<MaturityAnswer>? Answers = null) : ICommand<TerritoryMaturityDto>
{
    // From the route, never from the body.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
    [JsonIgnore] public AssessmentMoment Moment { get; init; }
}

internal sealed class AssessMaturityValidator : AbstractValidator<AssessMaturity>
{
    public AssessMaturityValidator()
    {
        RuleFor(x => x.Stage).KnownValue("stade");
        RuleFor(x => x.Moment).KnownValue("moment");
        RuleForEach(x => x.Answers).NotNull().WithMessage("Une réponse vide a été envoyée : envoyez chaque réponse avec sa question (« key ») et son texte.");
        RuleForEach(x => x.Answers).ChildRules(a =>
        {
            a.RuleFor(x => x.Key).NotEmpty().WithMessage("Chaque réponse nomme sa question.");
            a.RuleFor(x => x.Text).MaximumLength(MaturityScale.AnswerMax).WithMessage($"Une réponse dépasse {MaturityScale.AnswerMax} caractères.");
        });
    }
}

internal sealed class AssessMaturityHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<AssessMaturity, TerritoryMaturityDto>
{
    public async Task<TerritoryMaturityDto> Handle(AssessMaturity request, CancellationToken cancellationToken)
    {
        var (name, standing) = await MaturityAccess.EnsureReadsAsync(db, access, request.CohortId, request.TerritoryId, cancellationToken);
        if (!standing.IsPairOf(request.TerritoryId))
        {
            throw new ForbiddenException("maturity-pair-only", "Seul le binôme du territoire le place sur l'échelle de maturité.");
        }
        var answers = request.Answers ?? [];
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.MaturityAssessments.SingleOrDefaultAsync(a => a.CohortId == request.CohortId && a.TerritoryId == request.TerritoryId
            && a.Moment == request.Moment, cancellationToken);
        if (existing is null)
        {
            db.MaturityAssessments.Add(MaturityAssessment.Place(request.CohortId, request.TerritoryId, request.Moment, request.Stage, answers, access.Actor, now));
        }
        else
        {
            existing.Revise(request.Stage, answers, access.Actor, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetTerritoryMaturityHandler.ViewAsync(db, request.CohortId, request.TerritoryId, name, canAssess: true, cancellationToken);
    }
}
