using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Notifications;

/// <summary>One kind's choice; a null <see cref="Digest"/> keeps the frequency as it was.</summary>
public sealed record PreferenceChoice(ReminderKind Kind, bool Email, bool InApp, DigestFrequency? Digest = null);

/// <summary>Changes the caller's choices for the kinds listed; the others stay as they were.</summary>
public sealed record SetNotificationPreferences(IReadOnlyList<PreferenceChoice>? Preferences) : ICommand<IReadOnlyList<NotificationPreferenceDto>>;

internal sealed class SetNotificationPreferencesValidator : AbstractValidator<SetNotificationPreferences>
{
    public SetNotificationPreferencesValidator()
    {
        RuleFor(x => x.Preferences).NotNull().WithMessage("La liste des préférences est obligatoire.")
            .Must(p => p is null || p.Select(x => x.Kind).Distinct().Count() == p.Count).WithMessage("Un type de rappel figure deux fois.");
        RuleForEach(x => x.Preferences).ChildRules(p =>
        {
            p.RuleFor(x => x.Kind).KnownValue("type de rappel");
            p.RuleFor(x => x.Digest).Must(d => d is null || Enum.IsDefined(d.Value))
                .WithMessage("Fréquence inconnue : Immediate (à son heure), Daily (résumé quotidien) ou Weekly (résumé hebdomadaire).");
        });
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
            await GetNotificationPreferencesHandler.SetAsync(db, me, choice.Kind, choice.Email, choice.InApp, choice.Digest, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetNotificationPreferencesHandler.ReadAsync(db, me, cancellationToken);
    }
}
