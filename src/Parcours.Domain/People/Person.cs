using Parcours.Domain.Common;

namespace Parcours.Domain.People;

/// <summary>
/// Someone the programme knows: a catalyst, a coach, a committee representative. A person may be
/// linked to one login account; many people never log in.
/// </summary>
public sealed class Person
{
    private Person() { }

    public Person(string firstName, string lastName, string email, string? organisation, string? jobTitle, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CreatedAtUtc = nowUtc;
        Update(firstName, lastName, email, organisation, jobTitle);
    }

    public Guid Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    /// <summary>Lower-cased, so that uniqueness does not depend on how it was typed.</summary>
    public string Email { get; private set; } = "";
    public string? Organisation { get; private set; }
    /// <summary>Last name, first name and address folded (lower case, no accents): what the directory's search compares and sorts by.</summary>
    public string SearchText { get; private set; } = "";
    /// <summary>The person's function (« fonction »), free text.</summary>
    public string? JobTitle { get; private set; }
    public string? UserId { get; private set; }
    /// <summary>SHA-256 of the secret in the person's calendar subscription URL; null when none.</summary>
    public string? CalendarTokenHash { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>Set when the person was erased (RGPD): their identity is then the pseudonym « Personne supprimée n°… ».</summary>
    public DateTime? ErasedAtUtc { get; private set; }
    /// <summary>The pseudonym's number, given once, in order of erasure.</summary>
    public int? ErasureNumber { get; private set; }

    public bool IsErased => ErasedAtUtc is not null;

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The pseudonym that replaces an erased person's name wherever it is shown.</summary>
    public static string Pseudonym(int number) => $"Personne supprimée n°{number}";

    /// <summary>
    /// Replaces the identity by a stable pseudonym: no name, no address that reaches anyone (the « .invalid »
    /// domain is reserved and never delivered), no account, no calendar feed. The person's id stays, so that
    /// attendance, binômes and figures do not change.
    /// </summary>
    /// <param name="soleMemberOf">The territories of running cohorts whose binôme has this person as only active member.</param>
    /// <param name="lastAdministrator">Whether the person holds the only administrator account.</param>
    public void Erase(int number, DateTime nowUtc, IReadOnlyCollection<string> soleMemberOf, bool lastAdministrator)
    {
        Rule.Check(IsErased, "person-already-erased", "Cette personne a déjà été supprimée.");
        Rule.Check(soleMemberOf.Count > 0, "person-sole-pair-member",
            $"Cette personne est la seule membre active du binôme de {string.Join(", ", soleMemberOf.Select(n => $"« {n} »"))} : faites-la remplacer dans le binôme avant de la supprimer.");
        Rule.Check(lastAdministrator, "person-last-administrator",
            "Cette personne détient le dernier compte administrateur : donnez ce rôle à quelqu'un d'autre avant de la supprimer.");
        FirstName = "Personne supprimée";
        LastName = $"n°{number}";
        Email = $"personne-supprimee-{number}@parcours.invalid";
        Organisation = null;
        JobTitle = null;
        UserId = null;
        CalendarTokenHash = null;
        ErasedAtUtc = nowUtc;
        ErasureNumber = number;
        Fold();
    }

    public void Update(string firstName, string lastName, string email, string? organisation, string? jobTitle)
    {
        Rule.Check(IsErased, "person-erased", "Cette personne a été supprimée : son identité ne se modifie plus.");
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim().ToLowerInvariant();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
        Fold();
    }

    private void Fold() => SearchText = Searchable.Fold($"{LastName} {FirstName} {Email}");

    public void SetCalendarToken(string? tokenHash) => CalendarTokenHash = tokenHash;

    public void LinkAccount(string userId)
    {
        Rule.Check(IsErased, "person-erased", "Cette personne a été supprimée : elle ne peut plus être liée à un compte.");
        Rule.Check(UserId is not null && UserId != userId, "person-already-linked",
            "Cette personne est déjà liée à un autre compte.");
        UserId = userId;
    }
}
