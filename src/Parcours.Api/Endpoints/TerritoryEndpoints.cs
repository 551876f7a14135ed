using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;

namespace Parcours.Api.Endpoints;

/// <summary>
/// Territories and their place in a cohort. Commands are bound from the body (a territory's profile is its
/// own shape); ids come from the route; a status change without a date happens today (Paris).
/// </summary>
internal static class TerritoryEndpoints
{
    public static void MapTerritoryEndpoints(this IEndpointRouteBuilder app)
    {
        var profiles = app.MapGroup("/api/territories").WithTags("Territoires").RequireAuthorization(Policies.Coordinators);
        profiles.MapPost("/", CreateTerritory).Runs<CreateTerritory>("Crée un territoire (profil : nom, type, région, structure porteuse).");
        profiles.MapGet("/{id:guid}", GetTerritory).Runs<GetTerritory>("Un territoire et son profil.");
        profiles.MapPut("/{id:guid}", UpdateTerritory).Runs<UpdateTerritory>("Modifie le profil d'un territoire.");

        var read = app.MapGroup("/api/cohorts/{cohortId:guid}/territories").WithTags("Territoires").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/", ListCohortTerritories)
            .Runs<ListCohortTerritories>("Territoires de la promotion : filtres status, region, kind, carrierKind, search ; pagination page/pageSize.");
        read.MapGet("/counts", CountCohortTerritories).Runs<CountCohortTerritories>("Nombre de territoires de la promotion par statut, région, type et structure.");
        read.MapGet("/{territoryId:guid}", GetCohortTerritory).Runs<GetCohortTerritory>("Un territoire dans la promotion, avec l'historique de son invitation.");

        var manage = app.MapGroup("/api/cohorts/{cohortId:guid}/territories").WithTags("Territoires").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/", InviteTerritory).Runs<InviteTerritory>("Sollicite un territoire pour la promotion.");
        manage.MapPost("/{territoryId:guid}/accept", AcceptInvitation).Runs<AcceptInvitation>("Le territoire sollicité accepte de participer (date).");
        manage.MapPost("/{territoryId:guid}/decline", DeclineInvitation).Runs<DeclineInvitation>("Le territoire sollicité refuse (date, raison).");
        manage.MapPost("/{territoryId:guid}/withdraw", WithdrawParticipation).Runs<WithdrawParticipation>("Le territoire participant se retire (date, raison).");
        manage.MapPost("/import", ImportTerritories)
            .WithMetadata(new AllowBodyAttribute(SpreadsheetUpload.MaxBytes))
            .Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .Runs<ImportTerritories>("Import CSV (« ; » ou « , », UTF-8 ou Windows-1252) : tout ou rien, chaque ligne fautive signalée.");
    }

    private static async Task<Created<TerritoryDto>> CreateTerritory(TerritoryProfile profile, IMediator m, CancellationToken ct)
    {
        var territory = await m.Send(new CreateTerritory(profile), ct);
        return TypedResults.Created($"/api/territories/{territory.Id}", territory);
    }

    private static Task<TerritoryDto> GetTerritory(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTerritory(id), ct);

    private static Task<TerritoryDto> UpdateTerritory(Guid id, TerritoryProfile profile, IMediator m, CancellationToken ct) => m.Send(new UpdateTerritory(id, profile), ct);

    private static Task<Paged<CohortTerritoryDto>> ListCohortTerritories(Guid cohortId, IMediator m,
        ParticipationStatus? status, FrenchRegion? region, TerritoryKind? kind, CarrierKind? carrierKind, string? search,
        int page = 1, int pageSize = Paging.DefaultSize, CancellationToken ct = default) =>
        m.Send(new ListCohortTerritories(cohortId, status, region, kind, carrierKind, search, page, pageSize), ct);

    private static Task<TerritoryCountsDto> CountCohortTerritories(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new CountCohortTerritories(cohortId), ct);

    private static Task<CohortTerritoryDto> GetCohortTerritory(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new GetCohortTerritory(cohortId, territoryId), ct);

    private static async Task<Created<CohortTerritoryDto>> InviteTerritory(Guid cohortId, InviteTerritory command, IMediator m, CancellationToken ct)
    {
        var invited = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/cohorts/{cohortId}/territories/{command.TerritoryId}", invited);
    }

    private static Task<CohortTerritoryDto> AcceptInvitation(Guid cohortId, Guid territoryId, AcceptInvitation command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId }, ct);

    private static Task<CohortTerritoryDto> DeclineInvitation(Guid cohortId, Guid territoryId, DeclineInvitation command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId }, ct);

    private static Task<CohortTerritoryDto> WithdrawParticipation(Guid cohortId, Guid territoryId, WithdrawParticipation command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId }, ct);

    private static async Task<IResult> ImportTerritories(Guid cohortId, HttpRequest request, IMediator m, TimeProvider clock, [FromQuery] DateOnly? date, CancellationToken ct) =>
        TypedResults.Ok(await m.Send(new ImportTerritories(cohortId, await SpreadsheetUpload.ReadAsync(request, "territoires", ct),
            date ?? Application.Common.FrenchTime.Today(clock)), ct));
}
