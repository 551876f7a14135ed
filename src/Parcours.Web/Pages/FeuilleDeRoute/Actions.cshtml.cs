using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.FeuilleDeRoute;

/// <summary>
/// The roadmap's actions as a table: rows added without JavaScript (the button posts the whole table
/// back, nothing is saved until « Enregistrer »), rows ticked « Retirer » left out when saving, and the
/// same conflict rule as the sections.
/// </summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed partial class ActionsModel : RoadmapPartPage
{
    public sealed class Row
    {
        public string? Title { get; set; }
        public string? Partners { get; set; }
        public string? Owner { get; set; }
        public string? Deadline { get; set; }
        public string? Indicator { get; set; }
        public ActionStatus Status { get; set; } = ActionStatus.Planned;
        /// <summary>Ticked: the row is left out when the table is saved.</summary>
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Partners) && string.IsNullOrWhiteSpace(Owner)
            && string.IsNullOrWhiteSpace(Deadline) && string.IsNullOrWhiteSpace(Indicator);

        public static Row From(RoadmapAction a) => new()
        {
            Title = a.Title, Partners = a.Partners, Owner = a.Owner, Indicator = a.Indicator, Status = a.Status,
            Deadline = a.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public RoadmapDto Roadmap { get; private set; } = null!;
    public RoadmapDto? Conflict { get; private set; }

    [BindProperty] public List<Row> Rows { get; set; } = [];
    [BindProperty] public int Version { get; set; }
    [BindProperty] public override string? BaseFingerprint { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid territoryId)
    {
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        Rows = [.. Roadmap.Actions.Select(Row.From)];
        if (Rows.Count == 0) Rows.Add(new Row());
        Version = Roadmap.Version;
        BaseFingerprint = Fingerprint(Roadmap.Actions);
    }

    /// <summary>One more blank row; nothing saved.</summary>
    public async Task<IActionResult> OnPostAjouterAsync(Guid cohortId, Guid territoryId)
    {
        Rows.Add(new Row());
        ModelState.Clear();
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid territoryId)
    {
        // Blank rows are left out; the others keep their index in the form for error messages.
        var kept = Rows.Select((row, index) => (row, index)).Where(x => !x.row.IsBlank && !x.row.Remove).ToList();
        var actions = new List<RoadmapAction>();
        foreach (var (row, index) in kept)
        {
            DateOnly? deadline = null;
            if (!string.IsNullOrWhiteSpace(row.Deadline))
            {
                if (DateOnly.TryParseExact(row.Deadline.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) deadline = d;
                else ModelState.AddModelError($"Rows[{index}].Deadline", $"Ligne {index + 1} : l'échéance doit être une date, par exemple 31/12/2018.");
            }
            actions.Add(new RoadmapAction(row.Title?.Trim() ?? "", Blank(row.Partners), Blank(row.Owner), deadline, Blank(row.Indicator), row.Status));
        }
        Roadmap = await SendAsync(new GetRoadmap(cohortId, territoryId));
        if (!ModelState.IsValid) return Page();

        var (ok, saved, conflict) = await SavePartAsync(v => new WriteRoadmapActions(Actions: actions, Version: v) { CohortId = cohortId, TerritoryId = territoryId }, Version,
            r => Fingerprint(r.Actions), field => FormField(field, kept));
        if (ok) return RedirectWithFlash($"{PageLinks.Roadmap(cohortId, territoryId)}#actions", $"Actions enregistrées (version {saved!.Version}).");
        if (conflict is not null)
        {
            Roadmap = conflict;
            Conflict = conflict;
            Version = conflict.Version;
        }
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Fingerprint(IReadOnlyList<RoadmapAction> actions) => TextFingerprint.Of(JsonSerializer.Serialize(actions));

    /// <summary>« actions[2].title » of the command is the field « Rows[5].Title » of the form when blank rows were left out.</summary>
    private static string FormField(string field, List<(Row Row, int Index)> kept)
    {
        var match = ActionField().Match(field);
        if (!match.Success) return field;
        var i = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var index = i < kept.Count ? kept[i].Index : i;
        var member = match.Groups[2].Value;
        return $"Rows[{index}].{char.ToUpperInvariant(member[0])}{member[1..]}";
    }

    [GeneratedRegex(@"^actions\[(\d+)\]\.(\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionField();
}
