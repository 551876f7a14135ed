using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Notifications;

/// <summary>The caller opens a message of their inbox: it is marked read, and its link (if any) is returned to follow.</summary>
public sealed record OpenNotification(Guid Id) : ICommand<string?>;

internal sealed class OpenNotificationHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<OpenNotification, string?>
{
    public async Task<string?> Handle(OpenNotification request, CancellationToken cancellationToken)
    {
        var me = await MyPerson.IdAsync(access, cancellationToken);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == request.Id && n.PersonId == me, cancellationToken)
            ?? throw new NotFoundException("Ce message");
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link;
    }
}
