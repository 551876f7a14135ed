using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.Resources;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Ressources;

/// <summary>
/// The resource library, searched by anyone signed in among what they may read: words, M.E.D.O.C. category,
/// theme, and for the coordination a cohort. Reached from the menu and from a session (« ses supports »).
/// </summary>
public sealed class IndexModel : UseCasePage
{
    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "categorie")] public ResourceKind? Kind { get; set; }
    [FromQuery(Name = "theme")] public ProgrammeTheme? Theme { get; set; }
    [FromQuery(Name = "promotion")] public Guid? CohortId { get; set; }
    [FromQuery(Name = "seance")] public Guid? SessionId { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ResourcePage Results { get; private set; } = null!;
    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

    public IEnumerable<KeyValuePair<string, string>> KindOptions =>
        ResourceLabels.Kinds.Select(k => KeyValuePair.Create(k.Key.ToString(), k.Value)).Prepend(KeyValuePair.Create("", "Toutes"));
    public IEnumerable<KeyValuePair<string, string>> ThemeOptions =>
        ResourceLabels.Themes.Select(t => KeyValuePair.Create(t.Key.ToString(), t.Value)).Prepend(KeyValuePair.Create("", "Tous"));
    public IEnumerable<KeyValuePair<string, string>> CohortOptions =>
        Cohorts.Select(c => KeyValuePair.Create(c.Id.ToString(), c.Title)).Prepend(KeyValuePair.Create("", "Toutes"));

    public async Task OnGetAsync()
    {
        if (User.IsInRole(Roles.Coordinator))
        {
            Cohorts = (await SendAsync(new ListCohorts(1, Paging.MaxSize))).Items;
        }
        var search = new SearchResources(Query, Kind, Theme, CohortId, SessionId, Math.Clamp(PageNumber, 1, 10_000));
        var (ok, results) = ModelState.IsValid ? await TryAsync(search, f => f switch { "query" => "q", "page" => "page", _ => f }) : (false, null);
        // A value the search refuses is said beside its field; the library is then shown unfiltered.
        Results = ok ? results! : await SendAsync(new SearchResources());
    }

    public string PageLink(int page) => "/ressources" + Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query, ["categorie"] = Kind?.ToString(), ["theme"] = Theme?.ToString(), ["promotion"] = CohortId?.ToString(),
        ["seance"] = SessionId?.ToString(), ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
