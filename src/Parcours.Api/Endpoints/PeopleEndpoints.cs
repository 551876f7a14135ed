using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;

namespace Parcours.Api.Endpoints;

public sealed record InvitationsBody(IReadOnlyList<Guid>? PersonIds = null, string? Role = null);
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
        manage.MapPost("/import", async (HttpRequest request, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ImportPeople(await SpreadsheetUpload.ReadAsync(request, "personnes", ct)), ct)))
            .WithMetadata(new AllowBodyAttribute(SpreadsheetUpload.MaxBytes))
            .Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .WithSummary("Import CSV de personnes (prénom, nom, e-mail ; organisation, fonction) : tout ou rien, chaque ligne fautive signalée ; une adresse connue est reprise.");
        manage.MapPost("/invitations", (InvitationsBody body, IMediator m, CancellationToken ct) => m.Send(new InvitePeople(body.PersonIds, body.Role), ct))
            .WithSummary("Ouvre les comptes (catalyseur, accompagnateur ou membre de comité) et envoie à chacun un lien pour choisir son mot de passe (3 jours, une seule fois).");
        manage.MapPost("/", async (PersonBody body, IMediator m, CancellationToken ct) =>
        {
            var person = await m.Send(new CreatePerson(body.FirstName, body.LastName, body.Email, body.Organisation, body.JobTitle), ct);
            return TypedResults.Created($"/api/people/{person.Id}", person);
        });
        manage.MapPut("/{id:guid}", (Guid id, PersonBody body, IMediator m, CancellationToken ct) =>
            m.Send(new UpdatePerson(id, body.FirstName, body.LastName, body.Email, body.Organisation, body.JobTitle), ct));
    }
}
