using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;

namespace Parcours.Application.Accounts;

/// <summary>Says which person an existing account belongs to (what a catalyst may see depends on it).</summary>
public sealed record LinkAccountPerson(Guid PersonId) : ICommand<AccountDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public string UserId { get; init; } = "";
}

internal sealed class LinkAccountPersonHandler(IParcoursDbContext db, IAccountService accounts) : MediatR.IRequestHandler<LinkAccountPerson, AccountDto>
{
    public async Task<AccountDto> Handle(LinkAccountPerson request, CancellationToken cancellationToken)
    {
        if (!await accounts.ExistsAsync(request.UserId, cancellationToken))
        {
            throw NotFoundException.Account();
        }
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
            ?? throw RequestValidationException.For("personId", "Cette personne n'existe pas.");
        if (await db.People.AnyAsync(p => p.UserId == request.UserId && p.Id != person.Id, cancellationToken))
        {
            throw new DomainRuleException("account-already-linked", "Ce compte est déjà lié à une autre personne.");
        }
        person.LinkAccount(request.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return (await accounts.FindAsync(request.UserId, cancellationToken))!;
    }
}
