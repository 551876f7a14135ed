using System.Text.Json.Serialization;
using Parcours.Application.Common;

namespace Parcours.Application.Pairs;

/// <summary>A catalyst leaves before anyone replaces them: the binôme is incomplete until someone joins.</summary>
public sealed record LeavePair(Guid PersonId, DateOnly Date) : ICommand<PairDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid PairId { get; init; }
}

internal sealed class LeavePairHandler(IParcoursDbContext db) : MediatR.IRequestHandler<LeavePair, PairDto>
{
    public async Task<PairDto> Handle(LeavePair request, CancellationToken cancellationToken)
    {
        var pair = await PairLoader.LoadForChangeAsync(db, request.PairId, cancellationToken);
        pair.Leave(request.PersonId, request.Date);
        await db.SaveChangesAsync(cancellationToken);
        return (await PairLoader.ToDtosAsync(db, [pair], cancellationToken))[0];
    }
}
