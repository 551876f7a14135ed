using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Notifications;

/// <summary>Marks one message of the caller's inbox as read, or all of them when <see cref="Id"/> is null.</summary>
public sealed record MarkNotificationsRead(Guid? Id) : ICommand<Done>;

internal sealed class MarkNotificationsReadHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<MarkNotificationsRead, Done>
{
    public async Task<Done> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var me = await MyPerson.IdAsync(access, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Id is { } id)
        {
            // Someone else's message is answered as if it did not exist.
            var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.PersonId == me, cancellationToken)
                ?? throw new NotFoundException("Ce message");
            notification.MarkRead(now);
            await db.SaveChangesAsync(cancellationToken);
            return Done.Value;
        }
        await db.Notifications.Where(n => n.PersonId == me && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        return Done.Value;
    }
}
