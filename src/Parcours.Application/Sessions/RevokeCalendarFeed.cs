using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.People;

namespace Parcours.Application.Sessions;

/// <summary>Revokes the caller's calendar address.</summary>
public sealed record RevokeCalendarFeed : ICommand<Done>;

internal sealed class RevokeCalendarFeedHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<RevokeCalendarFeed, Done>
{
    public async Task<Done> Handle(RevokeCalendarFeed request, CancellationToken cancellationToken)
    {
        var me = await CalendarTokens.MeAsync(db, access, cancellationToken);
        me.SetCalendarToken(null);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
