using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Notifications;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Notifications;

/// <summary>The in-app inbox: newest first, mark one or all read; opening one marks it read and leads to its item.</summary>
public sealed class IndexModel : UseCasePage
{
    public const int PageSize = 20;

    public InboxDto? Inbox { get; private set; }
    [BindProperty(SupportsGet = true, Name = "non-lues")] public bool UnreadOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        // An account linked to no person (an administrator's, say) has no inbox: the page says so.
        if ((await SendAsync(new Application.Me.GetMe())).Person is null) return;
        Inbox = await SendAsync(new ListMyNotifications(UnreadOnly, Math.Max(1, PageNumber), PageSize));
    }

    public async Task<IActionResult> OnPostOuvrirAsync(Guid id)
    {
        var link = await SendAsync(new OpenNotification(id));
        // The link is absolute (it also goes out by e-mail): follow its path, on this site, to a page.
        if (link is not null && Uri.TryCreate(link, UriKind.Absolute, out var uri) && !uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
        {
            return LocalRedirect(uri.PathAndQuery);
        }
        return RedirectWithFlash("/notifications", "Notification marquée comme lue.");
    }

    public async Task<IActionResult> OnPostLireAsync(Guid id)
    {
        await SendAsync(new MarkNotificationsRead(id));
        return RedirectWithFlash("/notifications", "Notification marquée comme lue.");
    }

    public async Task<IActionResult> OnPostToutLireAsync()
    {
        await SendAsync(new MarkNotificationsRead(null));
        return RedirectWithFlash("/notifications", "Toutes vos notifications sont marquées comme lues.");
    }
}
