using Parcours.Application.Common;

namespace Parcours.Application.Pairs;

/// <summary>A catalyst takes the empty seat of an incomplete binôme.</summary>
public sealed record JoinPair(Guid PairId, Guid PersonId, DateOnly Date) : ICommand<PairDto>;

internal sealed class JoinPairHandler(IParcoursDbContext db) : MediatR.IRequestHandler<JoinPair, PairDto>
{
    public async Task<PairDto> Handle(JoinPair request, CancellationToken cancellationToken)
    {
        var pair = await PairLoader.LoadForChangeAsync(db, request.PairId, cancellationToken);
        await PairLoader.EnsurePersonFreeAsync(db, pair.CohortId, request.PersonId, cancellationToken);
        pair.Join(request.PersonId, request.Date);
        await db.SaveChangesAsync(cancellationToken);
        return (await PairLoader.ToDtosAsync(db, [pair], cancellationToken))[0];
    }
}
