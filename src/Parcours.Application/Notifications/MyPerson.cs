using Parcours.Application.Common.Access;
using Parcours.Domain.Common;

namespace Parcours.Application.Notifications;

internal static class MyPerson
{
    /// <summary>The inbox and the preferences are a person's: an account linked to nobody has neither.</summary>
    public static async Task<Guid> IdAsync(CallerAccess access, CancellationToken ct) =>
        await access.PersonIdAsync(ct)
        ?? throw new DomainRuleException("notifications-no-person", "Votre compte n'est lié à aucune personne du programme : demandez-le à un administrateur pour recevoir des rappels.");
}
