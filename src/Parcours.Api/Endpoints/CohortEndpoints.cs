using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Cohorts;
using Parcours.Application.Common.Paging;

namespace Parcours.Api.Endpoints;

/// <summary>Programmes and cohorts. Commands are bound from the body; the cohort's id comes from the route.</summary>
internal static class CohortEndpoints
{
    public static void MapCohortEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/programmes").WithTags("Promotions").RequireAuthorization(Policies.Coordinators);
        programmes.MapGet("/", ListProgrammes).Runs<ListProgrammes>("Liste des programmes.");
        programmes.MapPost("/", CreateProgramme).Runs<CreateProgramme>("Crée un programme.");

        var read = app.MapGroup("/api/cohorts").WithTags("Promotions").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/", ListCohorts).Runs<ListCohorts>("Liste paginée des promotions visibles.");
        read.MapGet("/{id:guid}", GetCohort).Runs<GetCohort>("Une promotion et ses phases.");

        var manage = app.MapGroup("/api/cohorts").WithTags("Promotions").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/", CreateCohort).Runs<CreateCohort>("Crée une promotion avec ses trois phases (les sessions S1 à S4 sont créées avec elle).");
        manage.MapPost("/{id:guid}/next-edition", CreateNextEdition)
            .Runs<CreateNextEdition>("Crée l'édition suivante d'une promotion : phases décalées, séances S1 à S4 avec leurs contenus et ressources (à dater), comités et leurs organisations (représentants à confirmer), réglages des rappels ; ni territoires, ni binômes, ni notes, ni feuilles de route.");
        manage.MapPut("/{id:guid}", UpdateCohort).Runs<UpdateCohort>("Modifie une promotion (titre, dates, phases, cible) ; elle ne change pas de programme.");
    }

    private static Task<IReadOnlyList<ProgrammeDto>> ListProgrammes(IMediator m, CancellationToken ct) => m.Send(new ListProgrammes(), ct);

    private static async Task<Created<ProgrammeDto>> CreateProgramme(CreateProgramme command, IMediator m, CancellationToken ct)
    {
        var programme = await m.Send(command, ct);
        return TypedResults.Created($"/api/programmes/{programme.Id}", programme);
    }

    private static Task<Paged<CohortDto>> ListCohorts(IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new ListCohorts(page, pageSize), ct);

    private static async Task<Created<CohortDto>> CreateNextEdition(Guid id, CreateNextEdition command, IMediator m, CancellationToken ct)
    {
        var cohort = await m.Send(command with { SourceCohortId = id }, ct);
        return TypedResults.Created($"/api/cohorts/{cohort.Id}", cohort);
    }

    private static Task<CohortDto> GetCohort(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetCohort(id), ct);

    private static async Task<Created<CohortDto>> CreateCohort(CreateCohort command, IMediator m, CancellationToken ct)
    {
        var cohort = await m.Send(command, ct);
        return TypedResults.Created($"/api/cohorts/{cohort.Id}", cohort);
    }

    private static Task<CohortDto> UpdateCohort(Guid id, UpdateCohort command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);
}
