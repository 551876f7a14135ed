using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Evaluation;
using Parcours.Domain.Evaluation;

namespace Parcours.Api.Endpoints;

/// <summary>Evaluation adapted to maturity: where each territory's binôme places its co-construction, at the start and the end.</summary>
internal static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cohorts/{cohortId:guid}/territories/{territoryId:guid}/maturity").WithTags("Évaluation").RequireAuthorization(Policies.RoadmapDiscussion)
            .MapGet("/", GetTerritoryMaturity)
            .Runs<GetTerritoryMaturity>("La maturité du territoire : stade au début et à la fin du parcours, réponses, échelle et questions de chaque stade (binôme, accompagnateur, coordination).");
        app.MapGroup("/api/cohorts/{cohortId:guid}/territories/{territoryId:guid}/maturity").WithTags("Évaluation").RequireAuthorization(Policies.Catalysts)
            .MapPut("/{moment}", AssessMaturity)
            .Runs<AssessMaturity>("Le binôme place son territoire sur l'échelle de maturité (Start : début, End : fin du parcours) et répond aux questions du stade.");
    }

    private static Task<TerritoryMaturityDto> GetTerritoryMaturity(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new GetTerritoryMaturity(cohortId, territoryId), ct);

    private static Task<TerritoryMaturityDto> AssessMaturity(Guid cohortId, Guid territoryId, AssessmentMoment moment, AssessMaturity command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Moment = moment }, ct);
}
