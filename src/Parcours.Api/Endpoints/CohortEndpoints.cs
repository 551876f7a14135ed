using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Cohorts;
using Parcours.Application.Common.Paging;
using Parcours.Domain.Cohorts;

namespace Parcours.Api.Endpoints;

public sealed record CreateProgrammeBody(string Name, string? Description = null);
public sealed record CohortBody(Guid ProgrammeId, string Title, DateOnly StartDate, DateOnly EndDate, int TargetTerritoryCount, IReadOnlyList<PhaseDates>? Phases = null);

internal static class CohortEndpoints
{
    public static void MapCohortEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/programmes").WithTags("Promotions").RequireAuthorization(Policies.Coordinators);
        programmes.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListProgrammes(), ct));
        programmes.MapPost("/", async (CreateProgrammeBody body, IMediator m, CancellationToken ct) =>
        {
            var programme = await m.Send(new CreateProgramme(body.Name, body.Description), ct);
            return TypedResults.Created($"/api/programmes/{programme.Id}", programme);
        });

        var read = app.MapGroup("/api/cohorts").WithTags("Promotions").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/", (IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
            m.Send(new ListCohorts(page, pageSize), ct));
        read.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetCohort(id), ct));

        var manage = app.MapGroup("/api/cohorts").WithTags("Promotions").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/", async (CohortBody body, IMediator m, CancellationToken ct) =>
        {
            var cohort = await m.Send(new CreateCohort(body.ProgrammeId, body.Title, body.StartDate, body.EndDate, body.TargetTerritoryCount, body.Phases), ct);
            return TypedResults.Created($"/api/cohorts/{cohort.Id}", cohort);
        });
        manage.MapPut("/{id:guid}", (Guid id, CohortBody body, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateCohort(id, body.Title, body.StartDate, body.EndDate, body.TargetTerritoryCount, body.Phases, body.ProgrammeId), ct));
    }
}
