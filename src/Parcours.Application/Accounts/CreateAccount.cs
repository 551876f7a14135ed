using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Accounts;

/// <summary>
/// An administrator opens an account with an initial password and roles, optionally linked to the
/// person it belongs to. Nobody opens an account for themself.
/// </summary>
public sealed record CreateAccount(string Email, string Password, IReadOnlyList<string>? Roles, Guid? PersonId = null) : ICommand<AccountDto>;

internal sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Le champ « e-mail » est obligatoire.");
        RuleFor(x => (string?)x.Email).EmailAddress("e-mail").OverridePropertyName("email");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Le mot de passe initial est obligatoire.");
        RuleFor(x => x.Roles).KnownRoles();
    }
}

internal sealed class CreateAccountHandler(IParcoursDbContext db, IAccountService accounts) : MediatR.IRequestHandler<CreateAccount, AccountDto>
{
    public async Task<AccountDto> Handle(CreateAccount request, CancellationToken cancellationToken)
    {
        var person = request.PersonId is { } personId
            ? await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
                ?? throw RequestValidationException.For("personId", "Cette personne n'existe pas.")
            : null;
        var userId = await accounts.CreateAsync(request.Email.Trim(), request.Password, request.Roles!, cancellationToken);
        if (person is not null)
        {
            person.LinkAccount(userId);
            await db.SaveChangesAsync(cancellationToken);
        }
        return (await accounts.FindAsync(userId, cancellationToken))!;
    }
}
