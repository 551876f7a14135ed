using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Notifications;

public sealed record NotificationPreferenceDto(ReminderKind Kind, string Label, bool Email, bool InApp);

/// <summary>The caller's choices, one line per kind of reminder (by default: by e-mail and in the application).</summary>
public sealed record GetNotificationPreferences : IQuery<IReadOnlyList<NotificationPreferenceDto>>;

internal sealed class GetNotificationPreferencesHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<GetNotificationPreferences, IReadOnlyList<NotificationPreferenceDto>>
{
    public async Task<IReadOnlyList<NotificationPreferenceDto>> Handle(GetNotificationPreferences request, CancellationToken cancellationToken)
    {
        var me = await MyPerson.IdAsync(access, cancellationToken);
        return await ReadAsync(db, me, cancellationToken);
    }

    public static async Task<IReadOnlyList<NotificationPreferenceDto>> ReadAsync(IParcoursDbContext db, Guid personId, CancellationToken ct)
    {
        var saved = await db.NotificationPreferences.AsNoTracking().Where(p => p.PersonId == personId).ToDictionaryAsync(p => p.Kind, ct);
        return [.. Enum.GetValues<ReminderKind>().Select(k => saved.TryGetValue(k, out var p)
            ? new NotificationPreferenceDto(k, ReminderLabels.Kind(k), p.Email, p.InApp)
            : new NotificationPreferenceDto(k, ReminderLabels.Kind(k), true, true))];
    }

    /// <summary>Sets one kind's channels; a null <paramref name="inApp"/> keeps the inbox as it was (on by default).</summary>
    public static async Task<NotificationPreference> SetAsync(IParcoursDbContext db, Guid personId, ReminderKind kind, bool email, bool? inApp, CancellationToken ct)
    {
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.PersonId == personId && p.Kind == kind, ct);
        if (preference is null)
        {
            preference = new NotificationPreference(personId, kind, email, inApp ?? true);
            db.NotificationPreferences.Add(preference);
        }
        else
        {
            preference.Set(email, inApp ?? preference.InApp);
        }
        return preference;
    }
}
