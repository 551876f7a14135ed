using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>One collective session: date, place, programme, guest, resources.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class SessionModel(TimeProvider clock) : UseCasePage
{
    public SessionDto Session { get; private set; } = null!;
    public bool Upcoming { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        Session = await SendAsync(new GetSession(id));
        Upcoming = Session.StartsAtUtc is { } start && start > clock.GetUtcNow().UtcDateTime
            && Session.Status == Domain.Sessions.SessionStatus.Planned;
    }
}
