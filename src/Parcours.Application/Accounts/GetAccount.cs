using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Accounts;

/// <summary>One account, for an administrator.</summary>
public sealed record GetAccount(string UserId) : IQuery<AccountDto>;

internal sealed class GetAccountHandler(IAccountService accounts) : MediatR.IRequestHandler<GetAccount, AccountDto>
{
    public async Task<AccountDto> Handle(GetAccount request, CancellationToken cancellationToken) =>
        await accounts.FindAsync(request.UserId, cancellationToken) ?? throw NotFoundException.Account();
}
