using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Parcours.Api.Web;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Resources;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Api.Endpoints;

/// <summary>
/// The resource library (« centre de ressources »): searched and read by anyone signed in, within what each may
/// read (the cohort, the programme, everyone); kept by the coordination.
/// </summary>
internal static class ResourceEndpoints
{
    public static void MapResourceEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/resources").WithTags("Centre de ressources").RequireAuthorization();
        read.MapGet("/", SearchResources)
            .Runs<SearchResources>("Cherche dans le centre de ressources (mots du titre, de la description ou du nom de fichier ; catégorie M.E.D.O.C., thème, promotion, séance), parmi ce que vous pouvez lire ; 20 par page, sans total (hasMore).");
        read.MapGet("/{id:guid}", GetResource).Runs<GetResource>("Une ressource : lien ou document, classement, séance, qui peut la lire.");
        read.MapGet("/{id:guid}/file", GetResourceFile).Runs<GetResourceFile>("Le fichier d'une ressource de type document, en pièce jointe.");

        var keep = app.MapGroup("/api").WithTags("Centre de ressources").RequireAuthorization(Policies.Coordinators);
        keep.MapPost("/cohorts/{cohortId:guid}/resources", AddResource)
            .Runs<AddResource>("Ajoute un lien au centre de ressources de la promotion (url http(s)), éventuellement comme support d'une séance.");
        keep.MapPost("/cohorts/{cohortId:guid}/resources/documents", UploadResource)
            .WithMetadata(new AllowBodyAttribute(CommitteeEndpoints.UploadMaxBytes)).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Runs<AddResource>("Ajoute un document (champ « fichier », 10 Mo au plus, vérifié par son contenu ; champs title, description, kind, themes, visibility, sessionId).", nameof(UploadResource));
        keep.MapPut("/resources/{id:guid}", DescribeResource)
            .Runs<DescribeResource>("Change le titre, la description, le classement, la séance ou qui peut lire une ressource.");
        keep.MapDelete("/resources/{id:guid}", RemoveResource).Runs<RemoveResource>("Retire une ressource du centre de ressources.");
    }

    private static Task<ResourcePage> SearchResources(IMediator m, CancellationToken ct, string? q = null, ResourceKind? kind = null, ProgrammeTheme? theme = null,
        Guid? cohortId = null, Guid? sessionId = null, int page = 1) =>
        m.Send(new SearchResources(q, kind, theme, cohortId, sessionId, page), ct);

    private static Task<ResourceDto> GetResource(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetResource(id), ct);

    private static async Task<IResult> GetResourceFile(Guid id, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new GetResourceFile(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Created<ResourceDto>> AddResource(Guid cohortId, AddResource command, IMediator m, CancellationToken ct)
    {
        var resource = await m.Send(command with { CohortId = cohortId, FileName = null, Content = null }, ct);
        return TypedResults.Created($"/api/resources/{resource.Id}", resource);
    }

    private static async Task<Created<ResourceDto>> UploadResource(Guid cohortId, HttpRequest request, IMediator m, CancellationToken ct)
    {
        var (form, fileName, content) = await request.ReadUploadAsync(ct);
        var command = new AddResource(form["title"].ToString(), Value<ResourceKind>("kind", form["kind"]) ?? default,
            Value<ResourceVisibility>("visibility", form["visibility"]) ?? default, Guid("sessionId", form["sessionId"]), form["description"],
            [.. form["themes"].Select(t => Value<ProgrammeTheme>("themes", t) ?? default)])
        { CohortId = cohortId, FileName = fileName, Content = content };
        var resource = await m.Send(command, ct);
        return TypedResults.Created($"/api/resources/{resource.Id}", resource);
    }

    private static Task<ResourceDto> DescribeResource(Guid id, DescribeResource command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);

    private static async Task<NoContent> RemoveResource(Guid id, IMediator m, CancellationToken ct)
    {
        await m.Send(new RemoveResource(id), ct);
        return TypedResults.NoContent();
    }

    // A form field names an enum value as JSON does (« Methodes ») or by its number; an unknown one is said beside its field.
    private static TEnum? Value<TEnum>(string field, StringValues text) where TEnum : struct, Enum =>
        StringValues.IsNullOrEmpty(text) ? null
        : Enum.TryParse<TEnum>(text.ToString(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw RequestValidationException.For(field, $"« {text} » n'est pas une valeur connue ici.");

    private static Guid? Guid(string field, StringValues text) =>
        StringValues.IsNullOrEmpty(text) ? null
        : System.Guid.TryParse(text.ToString(), out var id) ? id
        : throw RequestValidationException.For(field, $"« {text} » n'est pas un identifiant valide.");
}
