using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;

namespace Parcours.Api.Endpoints;

public sealed record PersonBody(string FirstName, string LastName, string Email, string? Organisation = null, string? JobTitle = null);

internal static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/people").WithTags("Personnes").RequireAuthorization(Policies.PeopleReaders);
        read.MapGet("/", (IMediator m, CancellationToken ct, string? search, int page = 1, int pageSize = Paging.DefaultSize) =>
            m.Send(new ListPeople(search, page, pageSize), ct));
        read.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPerson(id), ct));

        var manage = app.MapGroup("/api/people").WithTags("Personnes").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/", async (PersonBody body, IMediator m, CancellationToken ct) =>
        {
            var person = await m.Send(new CreatePerson(body.FirstName, body.LastName, body.Email, body.Organisation, body.JobTitle), ct);
            return TypedResults.Created($"/api/people/{person.Id}", person);
        });
        manage.MapPut("/{id:guid}", (Guid id, PersonBody body, IMediator m, CancellationToken ct) =>
            m.Send(new UpdatePerson(id, body.FirstName, body.LastName, body.Email, body.Organisation, body.JobTitle), ct));
    }
}
