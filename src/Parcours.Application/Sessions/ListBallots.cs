using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Sessions;

public sealed record BallotDto(Guid PersonId, string FirstName, string LastName, string OptionLabel, DateTime CastAtUtc);

/// <summary>Who chose what: for coordinators only.</summary>
public sealed record ListBallots(Guid CohortId) : IQuery<IReadOnlyList<BallotDto>>;

internal sealed class ListBallotsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListBallots, IReadOnlyList<BallotDto>>
{
    public async Task<IReadOnlyList<BallotDto>> Handle(ListBallots request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var vote = await TopicVotes.LoadAsync(db, request.CohortId, tracking: false, cancellationToken);
        var ids = vote.Ballots.Select(b => b.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var labels = vote.Options.ToDictionary(o => o.Id, o => o.Label);
        return [.. vote.Ballots.Select(b => new BallotDto(b.PersonId, people[b.PersonId].FirstName, people[b.PersonId].LastName, labels[b.OptionId], b.CastAtUtc))
            .OrderBy(b => b.LastName, StringComparer.Ordinal).ThenBy(b => b.FirstName, StringComparer.Ordinal)];
    }
}
