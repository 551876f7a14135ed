using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Resources;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>One collective session: date, place, programme, guest, its links and its supports in the library.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class SessionModel(TimeProvider clock) : UseCasePage
{
    public SessionDto Session { get; private set; } = null!;
    public bool Upcoming { get; private set; }
    /// <summary>The library's supports of this session that the catalyst may read (a first page).</summary>
    public ResourcePage Supports { get; private set; } = null!;

    public async Task OnGetAsync(Guid id)
    {
        Session = await SendAsync(new GetSession(id));
        Supports = await SendAsync(new SearchResources(SessionId: id));
        Upcoming = Session.StartsAtUtc is { } start && start > clock.GetUtcNow().UtcDateTime
            && Session.Status == Domain.Sessions.SessionStatus.Planned;
    }
}
