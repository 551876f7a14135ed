using Parcours.Application.Resources;
using Parcours.Application.Sessions;
using Parcours.Domain.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;

namespace Parcours.Web.Pages.Coordination;

/// <summary>How a resource is described, as its form shows it (shared by adding one and changing one).</summary>
public sealed class ResourceForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Kind { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? Visibility { get; set; } = nameof(ResourceVisibility.Cohort);
    public string? SessionId { get; set; }

    /// <summary>The cohort's sessions, for the « support of » choice (filled by the page, not bound).</summary>
    public IReadOnlyList<SessionDto> Sessions { get; set; } = [];

    public static ResourceForm From(ResourceDto r) => new()
    {
        Title = r.Title, Description = r.Description, Kind = r.Kind.ToString(), Themes = [.. r.Themes.Select(t => t.ToString())],
        Visibility = r.Visibility.ToString(), SessionId = r.SessionId?.ToString(),
    };

    public static IEnumerable<KeyValuePair<string, string>> Kinds =>
        [new("", "— choisir —"), .. ResourceLabels.Kinds.Select(k => KeyValuePair.Create(k.Key.ToString(), k.Value))];
    public static IEnumerable<KeyValuePair<string, string>> Visibilities =>
        ResourceLabels.Visibilities.Select(v => KeyValuePair.Create(v.Key.ToString(), v.Value));
    public IEnumerable<KeyValuePair<string, string>> SessionOptions =>
        [new("", "Aucune : ressource de la promotion"), .. Sessions.Select(s => KeyValuePair.Create(s.Id.ToString(), $"{s.Code} — {s.Title}"))];

    // An empty or unknown choice becomes 0 (or no session), which the use case refuses in French beside the field.
    public ResourceKind KindValue => Enum.TryParse<ResourceKind>(Kind, out var k) ? k : 0;
    public ResourceVisibility VisibilityValue => Enum.TryParse<ResourceVisibility>(Visibility, out var v) ? v : 0;
    public IReadOnlyList<ProgrammeTheme> ThemeValues => [.. Themes.Select(t => Enum.TryParse<ProgrammeTheme>(t, out var theme) ? theme : 0)];
    public Guid? SessionValue => Guid.TryParse(SessionId, out var id) ? id : null;

    /// <summary>The form field of a use case's field (« title » → « Form.Title »; themes[2] → the themes' fieldset).</summary>
    public static string FieldOf(string field) => field switch
    {
        _ when field.StartsWith("themes", StringComparison.OrdinalIgnoreCase) => "Form.Themes",
        "fichier" => "Fichier",
        "" => "",
        _ => "Form." + char.ToUpperInvariant(field[0]) + field[1..],
    };
}
