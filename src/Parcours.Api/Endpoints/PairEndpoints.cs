using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Pairs;

namespace Parcours.Api.Endpoints;

/// <summary>Binômes: formed, completed, changed. Commands are bound from the body; ids come from the route.</summary>
internal static class PairEndpoints
{
    public static void MapPairEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Binômes").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/cohorts/{cohortId:guid}/pairs", ListCohortPairs).Runs<ListCohortPairs>("Binômes de la promotion (un catalyseur ne voit que le sien).");
        read.MapGet("/pairs/{id:guid}", GetPair).Runs<GetPair>("Un binôme, ses membres actuels et son historique.");

        var manage = app.MapGroup("/api").WithTags("Binômes").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/cohorts/{cohortId:guid}/pairs", FormPair).Runs<FormPair>("Forme le binôme d'un territoire participant (deux personnes).");
        manage.MapPost("/pairs/{id:guid}/replace", ReplacePairMember).Runs<ReplacePairMember>("Remplace un membre du binôme (l'historique est conservé).");
        manage.MapPost("/pairs/{id:guid}/members", JoinPair).Runs<JoinPair>("Ajoute un membre à un binôme incomplet.");
        manage.MapPost("/pairs/{id:guid}/leave", LeavePair).Runs<LeavePair>("Un membre quitte le binôme (date).");
    }

    private static Task<Paged<PairDto>> ListCohortPairs(Guid cohortId, IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new ListCohortPairs(cohortId, page, pageSize), ct);

    private static Task<PairDto> GetPair(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPair(id), ct);

    private static async Task<Created<PairDto>> FormPair(Guid cohortId, FormPair command, IMediator m, CancellationToken ct)
    {
        var pair = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/pairs/{pair.Id}", pair);
    }

    private static Task<PairDto> ReplacePairMember(Guid id, ReplacePairMember command, IMediator m, CancellationToken ct) => m.Send(command with { PairId = id }, ct);

    private static Task<PairDto> JoinPair(Guid id, JoinPair command, IMediator m, CancellationToken ct) => m.Send(command with { PairId = id }, ct);

    private static Task<PairDto> LeavePair(Guid id, LeavePair command, IMediator m, CancellationToken ct) => m.Send(command with { PairId = id }, ct);
}
