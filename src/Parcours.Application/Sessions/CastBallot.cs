using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Sessions;

/// <summary>A catalyst of the cohort chooses a topic, or changes their choice, until the close.</summary>
public sealed record CastBallot(Guid OptionId) : ICommand<TopicVoteDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class CastBallotHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<CastBallot, TopicVoteDto>
{
    public async Task<TopicVoteDto> Handle(CastBallot request, CancellationToken cancellationToken)
    {
        // Only the cohort's current catalysts hold a ballot; anyone else does not see the cohort at all.
        if ((await access.StandingAsync(request.CohortId, cancellationToken)).Own.Count == 0)
        {
            throw NotFoundException.Cohort();
        }
        var me = (await access.PersonIdAsync(cancellationToken))!.Value;
        var vote = await TopicVotes.LoadAsync(db, request.CohortId, tracking: true, cancellationToken);
        vote.Cast(me, request.OptionId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return TopicVoteDto.From(vote, access.IsCoordinator, me);
    }
}
