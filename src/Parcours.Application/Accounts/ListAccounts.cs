using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Accounts;

public sealed record ListAccounts(int Page = 1, int PageSize = Paging.DefaultSize, string? Search = null) : IQuery<Paged<AccountDto>>;

internal sealed class ListAccountsValidator : AbstractValidator<ListAccounts>
{
    public ListAccountsValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Search).OptionalText("recherche", 100);
    }
}

internal sealed class ListAccountsHandler(IAccountService accounts) : MediatR.IRequestHandler<ListAccounts, Paged<AccountDto>>
{
    public Task<Paged<AccountDto>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        accounts.ListAsync(request.Search, request.Page, request.PageSize, cancellationToken);
}
