using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Audit;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Historique;

/// <summary>An item's history (a territory, a roadmap, a note): the coordination and administrators.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed class IndexModel : UseCasePage
{
    [FromRoute] public string ItemId { get; set; } = "";
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    /// <summary>The page the person came from, when it is one of ours.</summary>
    [FromQuery(Name = "retour")] public string? Return { get; set; }

    public AuditPage Lines { get; private set; } = null!;

    public string? Back => Return is { Length: > 1 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : null;

    public async Task OnGetAsync()
    {
        var (ok, lines) = await TryAsync(new GetItemHistory(ItemId, Math.Clamp(PageNumber, 1, Application.Common.Paging.Paging.MaxPage), 50), _ => "");
        Lines = ok ? lines! : new AuditPage([], 1, 50, false);
    }
}
