using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Resources;

/// <summary>
/// A coordinator adds a resource to a cohort's library — a link (<see cref="Url"/>) or a document (a file, checked
/// by its content and stored outside the web root) — classified M.E.D.O.C. and by theme, open to the cohort, the
/// programme or everyone, and, when it supports a session, attached to it.
/// </summary>
public sealed record AddResource(string Title, ResourceKind Kind, ResourceVisibility Visibility, Guid? SessionId = null, string? Description = null,
    IReadOnlyList<ProgrammeTheme>? Themes = null, string? Url = null) : ICommand<ResourceDto>, IResourceFields
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore] public Guid CohortId { get; init; }
    /// <summary>A document's name and bytes, from a multipart form; null for a link.</summary>
    [JsonIgnore] public string? FileName { get; init; }
    [JsonIgnore] public byte[]? Content { get; init; }
}

internal sealed class AddResourceValidator : AbstractValidator<AddResource>
{
    public AddResourceValidator()
    {
        ResourceRules.Fields(this);
        RuleFor(x => x.Url).Must(Resource.IsWebLink).When(x => x.Content is null)
            .WithMessage("Donnez le lien de la ressource, une adresse web complète (http:// ou https://), ou joignez un fichier.");
        RuleFor(x => x.Url).OptionalText("lien", 2000);
        RuleFor(x => x.Url).Empty().When(x => x.Content is not null).WithMessage("Une ressource est un lien ou un fichier, pas les deux.");
        RuleFor(x => x.Content).Must(c => c!.Length > 0).When(x => x.Content is not null).WithMessage("Le fichier est vide.").OverridePropertyName("fichier");
    }
}

internal sealed class AddResourceHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentStore store)
    : MediatR.IRequestHandler<AddResource, ResourceDto>
{
    public async Task<ResourceDto> Handle(AddResource request, CancellationToken cancellationToken)
    {
        var cohortTitle = await db.Cohorts.AsNoTracking().Where(c => c.Id == request.CohortId).Select(c => c.Title).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Cohort();
        await ResourceRules.EnsureSessionOfAsync(db, request.CohortId, request.SessionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var details = ResourceRules.Details(request);
        Resource resource;
        if (request.Content is { } content)
        {
            var file = await DocumentUploads.StoreAsync(store, request.FileName ?? "document", content, cancellationToken);
            resource = Resource.Document(request.CohortId, request.SessionId, details,
                new ResourceFile(file.FileName, file.ContentType, file.Size, file.Sha256, file.StorageKey), access.Actor, now);
        }
        else
        {
            resource = Resource.Link(request.CohortId, request.SessionId, details, request.Url!, access.Actor, now);
        }
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        var number = request.SessionId is { } sessionId ? await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.Number).SingleAsync(cancellationToken) : null;
        return ResourceAccess.From(resource, cohortTitle, number);
    }
}
