using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Evaluation;

namespace Parcours.Application.Evaluation;

/// <summary>A territory's maturity: where its binôme placed it at the start and at the end of the path.</summary>
public sealed record GetTerritoryMaturity(Guid CohortId, Guid TerritoryId) : IQuery<TerritoryMaturityDto>;

internal sealed class GetTerritoryMaturityHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetTerritoryMaturity, TerritoryMaturityDto>
{
    public async Task<TerritoryMaturityDto> Handle(GetTerritoryMaturity request, CancellationToken cancellationToken)
    {
        var (name, standing) = await MaturityAccess.EnsureReadsAsync(db, access, request.CohortId, request.TerritoryId, cancellationToken);
        return await ViewAsync(db, request.CohortId, request.TerritoryId, name, standing.IsPairOf(request.TerritoryId), cancellationToken);
    }

    internal static async Task<TerritoryMaturityDto> ViewAsync(IParcoursDbContext db, Guid cohortId, Guid territoryId, string name, bool canAssess, CancellationToken ct)
    {
        var placed = await db.MaturityAssessments.AsNoTracking().Where(a => a.CohortId == cohortId && a.TerritoryId == territoryId).ToListAsync(ct);
        AssessmentDto? At(AssessmentMoment moment) => placed.SingleOrDefault(a => a.Moment == moment) is { } a ? AssessmentDto.From(a) : null;
        return new TerritoryMaturityDto(cohortId, territoryId, name, At(AssessmentMoment.Start), At(AssessmentMoment.End), canAssess, TerritoryMaturityDto.Stages,
            MaturityScale.Questions(AssessmentMoment.Start, MaturityStage.Emergence),
            [.. Enum.GetValues<MaturityStage>().Select(s => new QuestionSetDto(s, MaturityScale.Questions(AssessmentMoment.End, s)))]);
    }
}
