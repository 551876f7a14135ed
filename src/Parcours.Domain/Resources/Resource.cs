using Parcours.Domain.Common;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Domain.Resources;

/// <summary>Who may read a resource of the library, beyond the coordination (who reads all of them).</summary>
public enum ResourceVisibility
{
    /// <summary>Those who take part in its cohort: catalysts, coaches, committee members seated on it.</summary>
    Cohort = 1,
    /// <summary>Those who take part in any cohort of the programme.</summary>
    Programme = 2,
    /// <summary>Everyone with an account in Parcours.</summary>
    Everyone = 3,
}

public enum ResourceFormat
{
    Link = 1,
    Document = 2,
}

/// <summary>How a resource is described and who reads it: what a coordinator types, checked by the domain.</summary>
public sealed record ResourceDetails(string Title, string? Description, ResourceKind Kind, IReadOnlyList<ProgrammeTheme> Themes, ResourceVisibility Visibility);

/// <summary>The bytes of a document resource, already stored (<see cref="StorageKey"/>) and checked by the application.</summary>
public sealed record ResourceFile(string FileName, string ContentType, long Size, string Sha256, string StorageKey);

/// <summary>
/// A resource of the library (« centre de ressources »): a link or a document, classified along the kit's M.E.D.O.C.
/// (<see cref="ResourceKind"/>) and the programme's eight themes, kept by a cohort and, when it supports a
/// session, attached to it (« supports de la séance »). Its bytes, for a document, live in the document store
/// and never change: replacing a file is adding another resource.
/// </summary>
public sealed class Resource
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 2000;

    private Resource() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    /// <summary>The session it supports, or null for the cohort's library.</summary>
    public Guid? SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public ResourceKind Kind { get; private set; }
    /// <summary>The themes as bits (1 &lt;&lt; theme), so that a theme filters in SQL on every provider.</summary>
    public int ThemeMask { get; private set; }
    public ResourceVisibility Visibility { get; private set; }
    public ResourceFormat Format { get; private set; }
    public string? Url { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public long? Size { get; private set; }
    public string? Sha256 { get; private set; }
    public string? StorageKey { get; private set; }
    /// <summary>Title, description and file name folded (lower case, no accents): what the search reads, and the order of the list.</summary>
    public string SearchText { get; private set; } = "";
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<ProgrammeTheme> Themes => ThemesOf(ThemeMask);

    public static int MaskOf(ProgrammeTheme theme) => 1 << (int)theme;

    public static IReadOnlyList<ProgrammeTheme> ThemesOf(int mask) => [.. Enum.GetValues<ProgrammeTheme>().Where(t => (mask & MaskOf(t)) != 0)];

    public static Resource Link(Guid cohortId, Guid? sessionId, ResourceDetails details, string url, string addedBy, DateTime nowUtc)
    {
        if (!IsWebLink(url)) throw new DomainRuleException("resource-link-invalid", "Le lien d'une ressource doit être une adresse web complète (http:// ou https://).");
        var resource = New(cohortId, sessionId, ResourceFormat.Link, addedBy, nowUtc);
        resource.Url = url.Trim();
        resource.Describe(details, sessionId, nowUtc);
        return resource;
    }

    public static Resource Document(Guid cohortId, Guid? sessionId, ResourceDetails details, ResourceFile file, string addedBy, DateTime nowUtc)
    {
        var resource = New(cohortId, sessionId, ResourceFormat.Document, addedBy, nowUtc);
        (resource.FileName, resource.ContentType, resource.Size, resource.Sha256, resource.StorageKey) = (file.FileName, file.ContentType, file.Size, file.Sha256, file.StorageKey);
        resource.Describe(details, sessionId, nowUtc);
        return resource;
    }

    /// <summary>Changes how it is described, who reads it and which session it supports (of the same cohort: the application checks).</summary>
    public void Describe(ResourceDetails details, Guid? sessionId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(details.Title)) throw new DomainRuleException("resource-title-required", "Donnez un titre à la ressource.");
        if (!Enum.IsDefined(details.Kind)) throw new DomainRuleException("resource-kind-unknown", "Classez la ressource : méthodes, exemples, données, outils ou compétences.");
        if (!Enum.IsDefined(details.Visibility)) throw new DomainRuleException("resource-visibility-unknown", "Dites qui peut lire la ressource.");
        if (details.Themes.Any(t => !Enum.IsDefined(t))) throw new DomainRuleException("resource-theme-unknown", "Un des thèmes choisis n'est pas un thème du programme.");
        Title = details.Title.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        Kind = details.Kind;
        ThemeMask = details.Themes.Aggregate(0, (mask, theme) => mask | MaskOf(theme));
        Visibility = details.Visibility;
        SessionId = sessionId;
        SearchText = string.Join(' ', new[] { Title, Description, FileName }.OfType<string>().Select(Searchable.Fold));
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The same resource kept by the next edition of its cohort (same link or same stored bytes), supporting the session of the same number.</summary>
    public Resource ForNextEdition(Guid cohortId, Guid? sessionId, DateTime nowUtc)
    {
        var copy = (Resource)MemberwiseClone();
        copy.Id = Guid.CreateVersion7();
        copy.CohortId = cohortId;
        copy.SessionId = sessionId;
        copy.AddedAtUtc = nowUtc;
        copy.UpdatedAtUtc = nowUtc;
        return copy;
    }

    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);

    private static Resource New(Guid cohortId, Guid? sessionId, ResourceFormat format, string addedBy, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        CohortId = cohortId,
        SessionId = sessionId,
        Format = format,
        AddedBy = addedBy,
        AddedAtUtc = nowUtc,
    };
}
