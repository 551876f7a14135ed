using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Dashboard;
using Parcours.Domain.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The cohort on one screen: a row per territory with everything the coordination follows, the
/// filters and sorts of a spreadsheet, counts and alerts on top, and the CSV of what is shown.
/// </summary>
public sealed class TableauDeBordModel : CoordinationPage
{
    public const int PageSize = 50;

    [FromQuery(Name = "statut")] public string? Status { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "type")] public string? Kind { get; set; }
    [FromQuery(Name = "feuille")] public string? Roadmap { get; set; }
    [FromQuery(Name = "silence")] public string? SilentDays { get; set; }
    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "tri")] public string? Sort { get; set; }
    [FromQuery(Name = "ordre")] public string? Order { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public CohortDashboardDto Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        var filter = Filter();
        var (ok, dashboard) = await TryFormAsync(new GetCohortDashboard(cohortId, filter ?? new DashboardFilter(), Math.Max(1, PageNumber), PageSize),
            field => field switch { "Filter.Search" => "q", "Filter.SilentDays" => "silence", "Page" => "page", _ => field });
        // A filter that could not be read shows its message and the whole cohort, rather than a wrong subset.
        Dashboard = ok && filter is not null ? dashboard! : await SendAsync(new GetCohortDashboard(cohortId, new DashboardFilter(), 1, PageSize));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid cohortId)
    {
        var filter = Filter();
        if (filter is null) return await OnGetAsync(cohortId);
        var file = await SendAsync(new ExportCohortDashboard(cohortId, filter));
        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private DashboardFilter? Filter()
    {
        int? silent = null;
        if (!string.IsNullOrWhiteSpace(SilentDays))
        {
            if (int.TryParse(SilentDays, out var days)) silent = days;
            else ModelState.AddModelError("silence", "Le nombre de jours sans nouvelles s'écrit en chiffres, par exemple 30.");
        }
        var filter = new DashboardFilter(
            Choice<ParticipationStatus>(Status, "statut", "Ce statut n'existe pas."),
            Choice<FrenchRegion>(Region, "region", "Cette région n'existe pas."),
            Choice<TerritoryKind>(Kind, "type", "Ce type de territoire n'existe pas."),
            Choice<DashboardRoadmapState>(Roadmap, "feuille", "Cet état de feuille de route n'existe pas."),
            silent, Search,
            Choice<DashboardSort>(Sort, "tri", "Ce tri n'existe pas.") ?? DashboardSort.Name,
            Order == "desc");
        return ModelState.IsValid ? filter : null;
    }

    /// <summary>The address of this view with some of its query changed (sorting, paging, export).</summary>
    public string With(string? sort = null, bool? descending = null, int? page = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["statut"] = Status, ["region"] = Region, ["type"] = Kind, ["feuille"] = Roadmap, ["silence"] = SilentDays, ["q"] = Search,
            ["tri"] = sort ?? Sort, ["ordre"] = (descending ?? Order == "desc") ? "desc" : null,
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["handler"] = handler,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
