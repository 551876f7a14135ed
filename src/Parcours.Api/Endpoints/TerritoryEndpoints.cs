using MediatR;
using Microsoft.AspNetCore.Mvc;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;

namespace Parcours.Api.Endpoints;

public sealed record InviteBody(Guid TerritoryId, DateOnly? Date = null);
public sealed record StatusChangeBody(DateOnly? Date = null, string? Reason = null);

internal static class TerritoryEndpoints
{

    public static void MapTerritoryEndpoints(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/api/territories").WithTags("Territoires").RequireAuthorization(Policies.Coordinators);
        profiles.MapPost("/", async (TerritoryProfile body, IMediator m, CancellationToken ct) =>
        {
            var territory = await m.Send(new CreateTerritory(body), ct);
            return TypedResults.Created($"/api/territories/{territory.Id}", territory);
        });
        profiles.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTerritory(id), ct));
        profiles.MapPut("/{id:guid}", (Guid id, TerritoryProfile body, IMediator m, CancellationToken ct) => m.Send(new UpdateTerritory(id, body), ct));

        var read = app.MapGroup("/api/cohorts/{cohortId:guid}/territories").WithTags("Territoires").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/", (Guid cohortId, IMediator m, CancellationToken ct,
                ParticipationStatus? status, FrenchRegion? region, TerritoryKind? kind, CarrierKind? carrierKind, string? search,
                int page = 1, int pageSize = Paging.DefaultSize) =>
            m.Send(new ListCohortTerritories(cohortId, status, region, kind, carrierKind, search, page, pageSize), ct))
            .WithSummary("Territoires de la promotion : filtres status, region, kind, carrierKind, search ; pagination page/pageSize.");
        read.MapGet("/counts", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new CountCohortTerritories(cohortId), ct));
        read.MapGet("/{territoryId:guid}", (Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
            m.Send(new GetCohortTerritory(cohortId, territoryId), ct));

        var manage = app.MapGroup("/api/cohorts/{cohortId:guid}/territories").WithTags("Territoires").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/", async (Guid cohortId, InviteBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
        {
            var invited = await m.Send(new InviteTerritory(cohortId, body.TerritoryId, body.Date ?? Today(clock)), ct);
            return TypedResults.Created($"/api/cohorts/{cohortId}/territories/{body.TerritoryId}", invited);
        }).WithSummary("Sollicite un territoire pour la promotion.");
        manage.MapPost("/{territoryId:guid}/accept", (Guid cohortId, Guid territoryId, StatusChangeBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new AcceptInvitation(cohortId, territoryId, body.Date ?? Today(clock)), ct));
        manage.MapPost("/{territoryId:guid}/decline", (Guid cohortId, Guid territoryId, StatusChangeBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new DeclineInvitation(cohortId, territoryId, body.Date ?? Today(clock), body.Reason), ct));
        manage.MapPost("/{territoryId:guid}/withdraw", (Guid cohortId, Guid territoryId, StatusChangeBody body, IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new WithdrawParticipation(cohortId, territoryId, body.Date ?? Today(clock), body.Reason), ct));
        manage.MapPost("/import", Import)
            .WithMetadata(new AllowBodyAttribute(SpreadsheetUpload.MaxBytes))
            .Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .WithSummary("Import CSV (« ; » ou « , », UTF-8 ou Windows-1252) : tout ou rien, chaque ligne fautive signalée.");
    }

    private static async Task<IResult> Import(Guid cohortId, HttpRequest request, IMediator m, TimeProvider clock, [FromQuery] DateOnly? date, CancellationToken ct) =>
        TypedResults.Ok(await m.Send(new ImportTerritories(cohortId, await SpreadsheetUpload.ReadAsync(request, "territoires", ct), date ?? Today(clock)), ct));

    private static DateOnly Today(TimeProvider clock) => Application.Common.FrenchTime.Today(clock);
}
