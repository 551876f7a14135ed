using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.People;

namespace Parcours.Api.Endpoints;

/// <summary>The directory of people and their invitations. Commands are bound from the body; the person's id comes from the route.</summary>
internal static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/people").WithTags("Personnes").RequireAuthorization(Policies.PeopleReaders);
        read.MapGet("/", ListPeople).Runs<ListPeople>("Annuaire des personnes (recherche, pagination).");
        read.MapGet("/{id:guid}", GetPerson).Runs<GetPerson>("Une personne de l'annuaire.");

        var manage = app.MapGroup("/api/people").WithTags("Personnes").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/import", ImportPeople)
            .WithMetadata(new AllowBodyAttribute(SpreadsheetUpload.MaxBytes))
            .Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .Runs<ImportPeople>("Import CSV de personnes (prénom, nom, e-mail ; organisation, fonction) : tout ou rien, chaque ligne fautive signalée ; une adresse connue est reprise.");
        manage.MapPost("/invitations", InvitePeople)
            .Runs<InvitePeople>("Ouvre les comptes (catalyseur, accompagnateur ou membre de comité) et envoie à chacun un lien pour choisir son mot de passe (3 jours, une seule fois).");
        manage.MapPost("/", CreatePerson).Runs<CreatePerson>("Ajoute une personne à l'annuaire.");
        manage.MapPut("/{id:guid}", UpdatePerson).Runs<UpdatePerson>("Modifie une personne de l'annuaire.");
    }

    private static Task<Paged<PersonDto>> ListPeople(IMediator m, string? search, int page = 1, int pageSize = Paging.DefaultSize, CancellationToken ct = default) =>
        m.Send(new ListPeople(search, page, pageSize), ct);

    private static Task<PersonDto> GetPerson(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPerson(id), ct);

    private static async Task<IResult> ImportPeople(HttpRequest request, IMediator m, CancellationToken ct) =>
        TypedResults.Ok(await m.Send(new ImportPeople(await SpreadsheetUpload.ReadAsync(request, "personnes", ct)), ct));

    private static Task<IReadOnlyList<InvitationDto>> InvitePeople(InvitePeople command, IMediator m, CancellationToken ct) => m.Send(command, ct);

    private static async Task<Created<PersonDto>> CreatePerson(CreatePerson command, IMediator m, CancellationToken ct)
    {
        var person = await m.Send(command, ct);
        return TypedResults.Created($"/api/people/{person.Id}", person);
    }

    private static Task<PersonDto> UpdatePerson(Guid id, UpdatePerson command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);
}
