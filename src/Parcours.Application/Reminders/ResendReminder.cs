using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Reminders;

/// <summary>A coordinator sends a failed, skipped or already sent reminder again; it leaves with the next dispatch, asked for at once.</summary>
public sealed record ResendReminder(Guid Id) : ICommand<ReminderStatus>;

internal sealed class ResendReminderHandler(IParcoursDbContext db, TimeProvider clock, IReminderDispatchTrigger trigger) : MediatR.IRequestHandler<ResendReminder, ReminderStatus>
{
    public async Task<ReminderStatus> Handle(ResendReminder request, CancellationToken cancellationToken)
    {
        var reminder = await db.Reminders.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Ce rappel");
        reminder.Resend(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await trigger.RequestDispatchAsync(cancellationToken);
        return reminder.Status;
    }
}
