using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Resources;

/// <summary>
/// The resource library, searched: words of the title, description or file name (accents and case aside), a
/// M.E.D.O.C. category, a theme, a cohort, a session — among what the caller may read; 20 a page, by title.
/// </summary>
public sealed record SearchResources(string? Query = null, ResourceKind? Kind = null, ProgrammeTheme? Theme = null, Guid? CohortId = null,
    Guid? SessionId = null, int Page = 1) : IQuery<ResourcePage>
{
    public const int PageSize = 20;
}

internal sealed class SearchResourcesValidator : AbstractValidator<SearchResources>
{
    public SearchResourcesValidator()
    {
        RuleFor(x => x.Query).OptionalText("recherche");
        RuleFor(x => x.Kind!.Value).KnownValue("catégorie").OverridePropertyName("kind").When(x => x.Kind is not null);
        RuleFor(x => x.Theme!.Value).KnownValue("thème").OverridePropertyName("theme").When(x => x.Theme is not null);
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000).WithMessage("La page est un nombre entre 1 et 10 000.");
    }
}

internal sealed class SearchResourcesHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<SearchResources, ResourcePage>
{
    public async Task<ResourcePage> Handle(SearchResources request, CancellationToken cancellationToken)
    {
        var query = await ResourceAccess.ReadableAsync(db, access, cancellationToken);
        foreach (var term in Searchable.Terms(request.Query))
        {
            query = query.Where(r => r.SearchText.Contains(term));
        }
        if (request.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (request.Theme is { } theme)
        {
            var bit = Resource.MaskOf(theme);
            query = query.Where(r => (r.ThemeMask & bit) != 0);
        }
        if (request.CohortId is { } cohortId) query = query.Where(r => r.CohortId == cohortId);
        if (request.SessionId is { } sessionId) query = query.Where(r => r.SessionId == sessionId);
        var page = query.OrderBy(r => r.SearchText).ThenBy(r => r.Id)
            .Skip((request.Page - 1) * SearchResources.PageSize).Take(SearchResources.PageSize + 1);
        var items = await ResourceAccess.ProjectAsync(db, page, cancellationToken);
        return new ResourcePage([.. items.Take(SearchResources.PageSize)], request.Page, SearchResources.PageSize, items.Count > SearchResources.PageSize,
            ResourceLabels.Kinds, ResourceLabels.Themes, ResourceLabels.Visibilities);
    }
}
