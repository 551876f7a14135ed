using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Pairs;

/// <summary>A binôme; a catalyst may read only the one they sit in (any other answers 404).</summary>
public sealed record GetPair(Guid Id) : IQuery<PairDto>;

internal sealed class GetPairHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetPair, PairDto>
{
    public async Task<PairDto> Handle(GetPair request, CancellationToken cancellationToken)
    {
        var pair = await db.Pairs.AsNoTracking().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw NotFoundException.Pair();
        if (!access.IsCoordinator)
        {
            var me = await access.PersonIdAsync(cancellationToken);
            if (me is null || !pair.ActiveMembers.Any(m => m.PersonId == me))
            {
                throw NotFoundException.Pair();
            }
        }
        return (await PairLoader.ToDtosAsync(db, [pair], cancellationToken))[0];
    }
}
