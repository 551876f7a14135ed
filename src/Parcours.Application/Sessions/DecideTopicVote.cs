using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

/// <summary>The coordinator settles a tie between the topics that came first.</summary>
public sealed record DecideTopicVote(Guid OptionId) : ICommand<TopicVoteDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class DecideTopicVoteHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<DecideTopicVote, TopicVoteDto>
{
    public async Task<TopicVoteDto> Handle(DecideTopicVote request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var vote = await TopicVotes.LoadAsync(db, request.CohortId, tracking: true, cancellationToken);
        var winner = vote.Decide(request.OptionId);
        await TopicVotes.SetS3TopicAsync(db, request.CohortId, winner, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TopicVoteDto.From(vote, coordinator: true, me: null);
    }
}
