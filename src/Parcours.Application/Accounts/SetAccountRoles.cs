using System.Text.Json.Serialization;
using Parcours.Application.Common.Access;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Application.Accounts;

public sealed record SetAccountRoles(IReadOnlyList<string>? Roles) : ICommand<AccountDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public string UserId { get; init; } = "";
}

internal sealed class SetAccountRolesValidator : AbstractValidator<SetAccountRoles>
{
    public SetAccountRolesValidator() => RuleFor(x => x.Roles).KnownRoles();
}

internal sealed class SetAccountRolesHandler(IAccountService accounts, CallerAccess access) : MediatR.IRequestHandler<SetAccountRoles, AccountDto>
{
    public async Task<AccountDto> Handle(SetAccountRoles request, CancellationToken cancellationToken)
    {
        if (!await accounts.ExistsAsync(request.UserId, cancellationToken))
        {
            throw NotFoundException.Account();
        }
        // Otherwise the last administrator could lock everyone out of account management.
        if (request.UserId == access.AccountId && !request.Roles!.Contains(Roles.Administrator))
        {
            throw new DomainRuleException("account-self-demotion", "Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
        }
        await accounts.SetRolesAsync(request.UserId, request.Roles!, cancellationToken);
        return (await accounts.FindAsync(request.UserId, cancellationToken))!;
    }
}
