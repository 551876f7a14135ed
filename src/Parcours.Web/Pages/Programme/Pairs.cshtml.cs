using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>Peer exchange: the roadmaps the cohort's binômes share, filtered by theme, region and kind of territory.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class PairsModel : UseCasePage
{
    [FromRoute] public Guid CohortId { get; set; }
    [FromQuery(Name = "theme")] public ProgrammeTheme? Theme { get; set; }
    [FromQuery(Name = "region")] public FrenchRegion? Region { get; set; }
    [FromQuery(Name = "type")] public TerritoryKind? Kind { get; set; }

    public IReadOnlyList<SharedRoadmapItem> Items { get; private set; } = [];

    public IEnumerable<KeyValuePair<string, string>> ThemeOptions =>
        Enum.GetValues<ProgrammeTheme>().Select(t => KeyValuePair.Create(t.ToString(), ProgrammeThemes.Label(t))).Prepend(KeyValuePair.Create("", "Tous"));
    public IEnumerable<KeyValuePair<string, string>> RegionOptions =>
        FrenchLabels.AllRegions.Select(r => KeyValuePair.Create(r.Key.ToString(), r.Value)).Prepend(KeyValuePair.Create("", "Toutes"));
    public IEnumerable<KeyValuePair<string, string>> KindOptions =>
        FrenchLabels.AllKinds.Select(k => KeyValuePair.Create(k.Key.ToString(), k.Value)).Prepend(KeyValuePair.Create("", "Tous"));

    public async Task OnGetAsync()
    {
        // An unknown value in the address is said beside its filter (the binder's French message); the list then shows everything.
        Items = ModelState.IsValid
            ? await SendAsync(new ListSharedRoadmaps(CohortId, Theme, Region, Kind))
            : await SendAsync(new ListSharedRoadmaps(CohortId));
    }
}
