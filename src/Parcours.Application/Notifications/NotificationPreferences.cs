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

public sealed record PreferenceChoice(ReminderKind Kind, bool Email, bool InApp);

/// <summary>Changes the caller's choices for the kinds listed; the others stay as they were.</summary>
public sealed record SetNotificationPreferences(IReadOnlyList<PreferenceChoice>? Preferences) : ICommand<IReadOnlyList<NotificationPreferenceDto>>;

internal sealed class SetNotificationPreferencesValidator : AbstractValidator<SetNotificationPreferences>
{
    public SetNotificationPreferencesValidator()
    {
        RuleFor(x => x.Preferences).NotNull().WithMessage("La liste des préférences est obligatoire.")
            .Must(p => p is null || p.Select(x => x.Kind).Distinct().Count() == p.Count).WithMessage("Un type de rappel figure deux fois.");
        RuleForEach(x => x.Preferences).ChildRules(p => p.RuleFor(x => x.Kind).KnownValue("type de rappel"));
    }
}

internal sealed class SetNotificationPreferencesHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<SetNotificationPreferences, IReadOnlyList<NotificationPreferenceDto>>
{
    public async Task<IReadOnlyList<NotificationPreferenceDto>> Handle(SetNotificationPreferences request, CancellationToken cancellationToken)
    {
        var me = await MyPerson.IdAsync(access, cancellationToken);
        foreach (var choice in request.Preferences!)
        {
            await GetNotificationPreferencesHandler.SetAsync(db, me, choice.Kind, choice.Email, choice.InApp, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetNotificationPreferencesHandler.ReadAsync(db, me, cancellationToken);
    }
}
