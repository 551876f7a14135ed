using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

public sealed record MyCommitteeDto(Guid Id, Guid CohortId, string CohortTitle, CommitteeKind Kind, string Name, int OpenDecisions, IReadOnlyList<MeetingSummaryDto> Meetings);

/// <summary>The committees the caller sits on today, in every cohort, with their meetings and how many decisions are still open.</summary>
public sealed record ListMyCommittees : IQuery<IReadOnlyList<MyCommitteeDto>>;

internal sealed class ListMyCommitteesHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListMyCommittees, IReadOnlyList<MyCommitteeDto>>
{
    public async Task<IReadOnlyList<MyCommitteeDto>> Handle(ListMyCommittees request, CancellationToken cancellationToken)
    {
        var seated = (await access.SeatedCommitteesAsync(cancellationToken)).ToList();
        if (seated.Count == 0) return [];
        var committees = await (from c in db.Committees.AsNoTracking()
                                where seated.Contains(c.Id)
                                join cohort in db.Cohorts.AsNoTracking() on c.CohortId equals cohort.Id
                                orderby cohort.StartDate descending, c.Kind
                                select new { c.Id, c.CohortId, cohort.Title, c.Kind, c.Name }).ToListAsync(cancellationToken);
        var meetings = (await db.CommitteeMeetings.AsNoTracking().Where(m => seated.Contains(m.CommitteeId)).ToListAsync(cancellationToken))
            .ToLookup(m => m.CommitteeId);
        var open = await db.Decisions.AsNoTracking()
            .Where(d => seated.Contains(d.CommitteeId) && (d.Status == DecisionStatus.Open || d.Status == DecisionStatus.InProgress))
            .GroupBy(d => d.CommitteeId).Select(g => new { CommitteeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CommitteeId, x => x.Count, cancellationToken);
        return [.. committees.Select(c => new MyCommitteeDto(c.Id, c.CohortId, c.Title, c.Kind, c.Name, open.GetValueOrDefault(c.Id),
            [.. meetings[c.Id].OrderBy(m => m.StartsAtUtc).Select(MeetingSummaryDto.From)]))];
    }
}
