namespace Parcours.Application.Common.Access;

public static class MyPerson
{
    /// <summary>The inbox and the preferences are a person's: an account linked to nobody has neither.</summary>
    internal static async Task<Guid> IdAsync(CallerAccess access, CancellationToken ct) =>
        await access.PersonIdAsync(ct)
        ?? throw NoPerson();

    /// <summary>
    /// An account linked to nobody has no inbox, preferences or calendar: they are « introuvable » for it,
    /// whatever it asks (404 before anything else), as for anything that is not the caller's.
    /// </summary>
    public static Exceptions.NotFoundException NoPerson() => Exceptions.NotFoundException.Saying(
        "Votre compte n'est lié à aucune personne du programme : il n'a ni boîte de messages, ni préférences, ni agenda. Demandez à un administrateur de le lier.");
}
