using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Pairs;
using Parcours.Application.People;

namespace Parcours.Application.Me;

public sealed record MeDto(string UserId, string Email, IReadOnlyList<string> Roles, PersonDto? Person, IReadOnlyList<PairDto> Pairs);

/// <summary>Who am I, and which binômes do I sit in: what any signed-in person may ask.</summary>
public sealed record GetMe : IQuery<MeDto>;

internal sealed class GetMeHandler(IParcoursDbContext db, IAccountService accounts, CallerAccess access)
    : MediatR.IRequestHandler<GetMe, MeDto>
{
    public async Task<MeDto> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var account = access.AccountId is null ? null : await accounts.FindAsync(access.AccountId, cancellationToken);
        if (account is null)
        {
            throw NotFoundException.Account();
        }
        var personId = await access.PersonIdAsync(cancellationToken);
        var person = personId is null ? null : await db.People.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var pairs = personId is null
            ? []
            : await db.Pairs.AsNoTracking().Include(p => p.Members)
                .Where(p => p.Members.Any(m => m.PersonId == personId && m.UntilDate == null)).ToListAsync(cancellationToken);
        return new MeDto(account.Id, account.Email, account.Roles, person is null ? null : PersonDto.From(person),
            await PairLoader.ToDtosAsync(db, pairs, cancellationToken));
    }
}
