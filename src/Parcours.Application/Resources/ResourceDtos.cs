using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Resources;

/// <summary>A resource as its readers see it. <c>DownloadUrl</c> is set for a document, <c>Url</c> for a link.</summary>
public sealed record ResourceDto(Guid Id, Guid CohortId, string CohortTitle, Guid? SessionId, int? SessionNumber, string Title, string? Description,
    ResourceKind Kind, IReadOnlyList<ProgrammeTheme> Themes, ResourceVisibility Visibility, ResourceFormat Format, string? Url,
    string? FileName, long? Size, string? DownloadUrl, DateTime AddedAtUtc, DateTime UpdatedAtUtc);

/// <summary>
/// A page of the library. No total: « more » is known by reading one row past the page, so a page costs the
/// page whatever the library's size. The labels of kinds, themes and visibilities come once per page.
/// </summary>
public sealed record ResourcePage(IReadOnlyList<ResourceDto> Items, int Page, int PageSize, bool HasMore,
    IReadOnlyDictionary<ResourceKind, string> KindLabels, IReadOnlyDictionary<ProgrammeTheme, string> ThemeLabels,
    IReadOnlyDictionary<ResourceVisibility, string> VisibilityLabels);

/// <summary>The French words of the library, for the API's pages and the web pages alike.</summary>
public static class ResourceLabels
{
    public static string Kind(ResourceKind kind) => kind switch
    {
        ResourceKind.Methodes => "Méthodes",
        ResourceKind.Exemples => "Exemples",
        ResourceKind.Donnees => "Données",
        ResourceKind.Outils => "Outils",
        _ => "Compétences",
    };

    public static string Visibility(ResourceVisibility visibility) => visibility switch
    {
        ResourceVisibility.Cohort => "La promotion",
        ResourceVisibility.Programme => "Toutes les promotions du programme",
        _ => "Toute personne ayant un compte Parcours",
    };

    public static IReadOnlyDictionary<ResourceKind, string> Kinds { get; } = Enum.GetValues<ResourceKind>().ToDictionary(k => k, Kind);
    public static IReadOnlyDictionary<ProgrammeTheme, string> Themes { get; } = Enum.GetValues<ProgrammeTheme>().ToDictionary(t => t, ProgrammeThemes.Label);
    public static IReadOnlyDictionary<ResourceVisibility, string> Visibilities { get; } = Enum.GetValues<ResourceVisibility>().ToDictionary(v => v, Visibility);
}
