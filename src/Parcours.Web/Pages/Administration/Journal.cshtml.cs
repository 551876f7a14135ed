using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Audit;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>The whole audit trail for administrators, filtered, fifty lines a page.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class JournalModel : UseCasePage
{
    [FromQuery(Name = "operation")] public string? UseCase { get; set; }
    [FromQuery(Name = "element")] public string? EntityType { get; set; }
    [FromQuery(Name = "action")] public string? Action { get; set; }
    [FromQuery(Name = "du")] public DateOnly? From { get; set; }
    [FromQuery(Name = "au")] public DateOnly? To { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public AuditPage Lines { get; private set; } = null!;

    public IEnumerable<KeyValuePair<string, string>> EntityTypes =>
        AuditLabels.Entities.OrderBy(p => p.Value, StringComparer.Create(FrenchTime.Culture, false))
            .Prepend(KeyValuePair.Create("", "Tous"));

    public IEnumerable<KeyValuePair<string, string>> Actions =>
        Enum.GetValues<AuditAction>().Select(a => KeyValuePair.Create(a.ToString(), AuditLabels.Action(a))).Prepend(KeyValuePair.Create("", "Toutes"));

    public async Task OnGetAsync()
    {
        AuditAction? action = null;
        if (!string.IsNullOrWhiteSpace(Action))
        {
            if (Enum.TryParse<AuditAction>(Action, false, out var parsed) && Enum.IsDefined(parsed)) action = parsed;
            else ModelState.AddModelError("action", "Cette action n'existe pas.");
        }
        var fields = new Dictionary<string, string> { ["useCase"] = "operation", ["entityType"] = "element", ["from"] = "du", ["to"] = "au", ["page"] = "page" };
        var (ok, lines) = ModelState.IsValid
            ? await TryAsync(new ListAuditTrail(UseCase: UseCase, EntityType: EntityType, Action: action, From: From, To: To,
                Page: Math.Clamp(PageNumber, 1, Application.Common.Paging.Paging.MaxPage), PageSize: 50), fields)
            : (false, null);
        Lines = ok ? lines! : new AuditPage([], 1, 50, false);
    }
}
