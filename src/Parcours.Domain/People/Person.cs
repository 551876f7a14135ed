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
    /// <summary>The person's function (« fonction »), free text.</summary>
    public string? JobTitle { get; private set; }
    public string? UserId { get; private set; }
    /// <summary>SHA-256 of the secret in the person's calendar subscription URL; null when none.</summary>
    public string? CalendarTokenHash { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Update(string firstName, string lastName, string email, string? organisation, string? jobTitle)
    {
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim().ToLowerInvariant();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
    }

    public void SetCalendarToken(string? tokenHash) => CalendarTokenHash = tokenHash;

    public void LinkAccount(string userId)
    {
        Rule.Check(UserId is not null && UserId != userId, "person-already-linked",
            "Cette personne est déjà liée à un autre compte.");
        UserId = userId;
    }
}
