using FluentValidation;
using Parcours.Application.Common;
using Parcours.Domain.People;

namespace Parcours.Application.People;

public sealed record PersonDto(Guid Id, string FirstName, string LastName, string Email, string? Organisation, string? JobTitle, bool HasAccount)
{
    public static PersonDto From(Person p) => new(p.Id, p.FirstName, p.LastName, p.Email, p.Organisation, p.JobTitle, p.UserId is not null);
}

public interface IPersonFields
{
    string FirstName { get; }
    string LastName { get; }
    string Email { get; }
    string? Organisation { get; }
    string? JobTitle { get; }
}

internal static class PersonFieldsValidator
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IPersonFields
    {
        v.RuleFor(x => x.FirstName).RequiredName("prénom");
        v.RuleFor(x => x.LastName).RequiredName("nom");
        v.RuleFor(x => x.Email).NotEmpty().WithMessage("Le champ « e-mail » est obligatoire.");
        v.RuleFor(x => (string?)x.Email).EmailAddress("e-mail").OverridePropertyName("email");
        v.RuleFor(x => x.Organisation).OptionalText("organisation");
        v.RuleFor(x => x.JobTitle).OptionalText("fonction");
    }
}
