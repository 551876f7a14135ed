using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Pairs;

namespace Parcours.Api.Endpoints;

public sealed record FormPairBody(Guid TerritoryId, DateOnly FromDate, IReadOnlyList<Guid>? MemberIds = null);
public sealed record ReplaceMemberBody(Guid OutgoingPersonId, Guid IncomingPersonId, DateOnly Date);
public sealed record MemberDateBody(Guid PersonId, DateOnly Date);

internal static class PairEndpoints
{
    public static void MapPairEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Binômes").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/cohorts/{cohortId:guid}/pairs", (Guid cohortId, IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
            m.Send(new ListCohortPairs(cohortId, page, pageSize), ct));
        read.MapGet("/pairs/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPair(id), ct));

        var manage = app.MapGroup("/api").WithTags("Binômes").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/cohorts/{cohortId:guid}/pairs", async (Guid cohortId, FormPairBody body, IMediator m, CancellationToken ct) =>
        {
            var pair = await m.Send(new FormPair(cohortId, body.TerritoryId, body.MemberIds, body.FromDate), ct);
            return TypedResults.Created($"/api/pairs/{pair.Id}", pair);
        });
        manage.MapPost("/pairs/{id:guid}/replace", (Guid id, ReplaceMemberBody body, IMediator m, CancellationToken ct) =>
            m.Send(new ReplacePairMember(id, body.OutgoingPersonId, body.IncomingPersonId, body.Date), ct));
        manage.MapPost("/pairs/{id:guid}/members", (Guid id, MemberDateBody body, IMediator m, CancellationToken ct) =>
            m.Send(new JoinPair(id, body.PersonId, body.Date), ct));
        manage.MapPost("/pairs/{id:guid}/leave", (Guid id, MemberDateBody body, IMediator m, CancellationToken ct) =>
            m.Send(new LeavePair(id, body.PersonId, body.Date), ct));
    }
}
