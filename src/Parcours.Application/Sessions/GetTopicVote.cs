using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

public sealed record GetTopicVote(Guid CohortId) : IQuery<TopicVoteDto>;

internal sealed class GetTopicVoteHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetTopicVote, TopicVoteDto>
{
    public async Task<TopicVoteDto> Handle(GetTopicVote request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var vote = await TopicVotes.LoadAsync(db, request.CohortId, tracking: false, cancellationToken);
        return TopicVoteDto.From(vote, access.IsCoordinator, await access.PersonIdAsync(cancellationToken));
    }
}
