using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Resources;

/// <summary>What a coordinator types to describe a resource, shared by adding one and changing one.</summary>
public interface IResourceFields
{
    Guid? SessionId { get; }
    string Title { get; }
    string? Description { get; }
    ResourceKind Kind { get; }
    IReadOnlyList<ProgrammeTheme>? Themes { get; }
    ResourceVisibility Visibility { get; }
}

internal static class ResourceRules
{
    /// <summary>The fields' rules, with their French names as the pages show them.</summary>
    public static void Fields<T>(AbstractValidator<T> validator) where T : IResourceFields
    {
        validator.RuleFor(x => x.Title).RequiredName("titre");
        validator.RuleFor(x => x.Description).OptionalText("description", Resource.DescriptionMax);
        validator.RuleFor(x => x.Kind).KnownValue("catégorie");
        validator.RuleFor(x => x.Visibility).KnownValue("qui peut la lire");
        validator.RuleForEach(x => x.Themes).KnownValue("thèmes");
    }

    public static ResourceDetails Details(IResourceFields fields) =>
        new(fields.Title, fields.Description, fields.Kind, fields.Themes ?? [], fields.Visibility);

    /// <summary>The session a resource supports must be one of its cohort's four.</summary>
    public static async Task EnsureSessionOfAsync(IParcoursDbContext db, Guid cohortId, Guid? sessionId, CancellationToken ct)
    {
        if (sessionId is { } id && !await db.Sessions.AnyAsync(s => s.Id == id && s.CohortId == cohortId, ct))
        {
            throw RequestValidationException.For("sessionId", "Cette séance n'est pas une séance de la promotion de la ressource.");
        }
    }
}
