using System.Text.Json.Serialization;
using Parcours.Application.Common.Access;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Application.Accounts;

/// <summary>An administrator locks an account (the person can no longer sign in; their sessions end) or unlocks it.</summary>
public sealed record SetAccountLock(bool Locked) : ICommand<AccountDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public string UserId { get; init; } = "";
}

internal sealed class SetAccountLockHandler(IAccountService accounts, CallerAccess access) : MediatR.IRequestHandler<SetAccountLock, AccountDto>
{
    public async Task<AccountDto> Handle(SetAccountLock request, CancellationToken cancellationToken)
    {
        if (!await accounts.ExistsAsync(request.UserId, cancellationToken))
        {
            throw NotFoundException.Account();
        }
        // Otherwise an administrator could shut themselves out, and the last one everyone.
        if (request.Locked && request.UserId == access.AccountId)
        {
            throw new DomainRuleException("account-self-lock", "Vous ne pouvez pas verrouiller votre propre compte.");
        }
        await accounts.SetLockAsync(request.UserId, request.Locked, cancellationToken);
        return (await accounts.FindAsync(request.UserId, cancellationToken))!;
    }
}
