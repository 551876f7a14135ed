using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

/// <summary>Closes the vote: the winner becomes S3's topic; a tie waits for the coordinator's decision.</summary>
public sealed record CloseTopicVote(Guid CohortId) : ICommand<TopicVoteDto>;

internal sealed class CloseTopicVoteHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<CloseTopicVote, TopicVoteDto>
{
    public async Task<TopicVoteDto> Handle(CloseTopicVote request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var vote = await TopicVotes.LoadAsync(db, request.CohortId, tracking: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (vote.Close(now) is { } winner)
        {
            await TopicVotes.SetS3TopicAsync(db, request.CohortId, winner, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TopicVoteDto.From(vote, coordinator: true, me: null);
    }
}
