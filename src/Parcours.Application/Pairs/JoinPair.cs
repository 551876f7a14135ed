using System.Text.Json.Serialization;
using Parcours.Application.Common;

namespace Parcours.Application.Pairs;

/// <summary>A catalyst takes the empty seat of an incomplete binôme.</summary>
public sealed record JoinPair(Guid PersonId, DateOnly Date) : ICommand<PairDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid PairId { get; init; }
}

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
