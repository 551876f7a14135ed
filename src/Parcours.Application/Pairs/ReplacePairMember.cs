using System.Text.Json.Serialization;
using Parcours.Application.Common;

namespace Parcours.Application.Pairs;

/// <summary>One catalyst hands their seat to another on a given day; the history keeps both.</summary>
public sealed record ReplacePairMember(Guid OutgoingPersonId, Guid IncomingPersonId, DateOnly Date) : ICommand<PairDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid PairId { get; init; }
}

internal sealed class ReplacePairMemberHandler(IParcoursDbContext db) : MediatR.IRequestHandler<ReplacePairMember, PairDto>
{
    public async Task<PairDto> Handle(ReplacePairMember request, CancellationToken cancellationToken)
    {
        var pair = await PairLoader.LoadForChangeAsync(db, request.PairId, cancellationToken);
        await PairLoader.EnsurePersonFreeAsync(db, pair.CohortId, request.IncomingPersonId, cancellationToken);
        pair.Replace(request.OutgoingPersonId, request.IncomingPersonId, request.Date);
        await db.SaveChangesAsync(cancellationToken);
        return (await PairLoader.ToDtosAsync(db, [pair], cancellationToken))[0];
    }
}
