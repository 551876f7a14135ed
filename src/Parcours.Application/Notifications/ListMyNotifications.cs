using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Notifications;

public sealed record NotificationDto(Guid Id, ReminderKind Kind, string Subject, string Text, string? Link, DateTime CreatedAtUtc, DateTime? ReadAtUtc);

public sealed record InboxDto(IReadOnlyList<NotificationDto> Items, int Page, int PageSize, int Total, int Unread);

/// <summary>The caller's in-app inbox, newest first, optionally unread only.</summary>
public sealed record ListMyNotifications(bool UnreadOnly, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<InboxDto>;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator() => this.PageRules(x => x.Page, x => x.PageSize);
}

internal sealed class ListMyNotificationsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListMyNotifications, InboxDto>
{
    public async Task<InboxDto> Handle(ListMyNotifications request, CancellationToken cancellationToken)
    {
        var me = await MyPerson.IdAsync(access, cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == me);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken);
        var listed = request.UnreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine;
        var total = request.UnreadOnly ? unread : await mine.CountAsync(cancellationToken);
        var items = await listed.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Subject, n.Text, n.Link, n.CreatedAtUtc, n.ReadAtUtc)).ToListAsync(cancellationToken);
        return new InboxDto(items, request.Page, request.PageSize, total, unread);
    }
}
