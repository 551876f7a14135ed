using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Reminders;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Notifications;

public sealed record NotificationPreferenceDto(ReminderKind Kind, string Label, bool Email, bool InApp, DigestFrequency Digest);

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
            ? new NotificationPreferenceDto(k, ReminderLabels.Kind(k), p.Email, p.InApp, p.Digest)
            : new NotificationPreferenceDto(k, ReminderLabels.Kind(k), true, true, DigestFrequency.Immediate))];
    }

    /// <summary>Sets one kind's channels; a null <paramref name="inApp"/> or <paramref name="digest"/> keeps it as it was (on, at once, by default).</summary>
    public static async Task<NotificationPreference> SetAsync(IParcoursDbContext db, Guid personId, ReminderKind kind, bool email, bool? inApp,
        DigestFrequency? digest, CancellationToken ct)
    {
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.PersonId == personId && p.Kind == kind, ct);
        if (preference is null)
        {
            preference = new NotificationPreference(personId, kind, email, inApp ?? true);
            db.NotificationPreferences.Add(preference);
        }
        preference.Set(email, inApp ?? preference.InApp, digest ?? preference.Digest);
        return preference;
    }
}
