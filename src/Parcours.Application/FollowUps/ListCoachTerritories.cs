using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.FollowUps;

public sealed record CoachTerritoryDto(
    Guid CohortId, string CohortTitle, Guid TerritoryId, string TerritoryName, DateOnly? LastContact, int? DaysWithoutNews, int CadenceDays,
    int OverdueSteps, RoadmapStatus? RoadmapStatus, bool RoadmapStarted, int UnreadAnswers);

/// <summary>
/// « Mes territoires »: the territories the calling coach follows today, in every cohort, with what
/// needs them — the last contact and the silence since, overdue next steps, the roadmap's state, and
/// the binôme's answers to the coach's comments posted since the coach last wrote there. Six grouped
/// queries whatever the number of territories.
/// </summary>
public sealed record ListCoachTerritories : IQuery<IReadOnlyList<CoachTerritoryDto>>;

internal sealed class ListCoachTerritoriesHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ListCoachTerritories, IReadOnlyList<CoachTerritoryDto>>
{
    public async Task<IReadOnlyList<CoachTerritoryDto>> Handle(ListCoachTerritories request, CancellationToken cancellationToken)
    {
        var me = await access.PersonIdAsync(cancellationToken);
        if (me is null || !access.IsInRole(Roles.Coach)) return [];
        var today = FrenchTime.Today(clock);
        await db.HoldConnectionAsync(cancellationToken);
        var assigned = await (from a in db.CoachAssignments.AsNoTracking()
                              where a.CoachPersonId == me && a.FromDate <= today && (a.UntilDate == null || a.UntilDate >= today)
                              join p in db.Participations.AsNoTracking() on new { a.CohortId, a.TerritoryId } equals new { p.CohortId, p.TerritoryId }
                              join c in db.Cohorts.AsNoTracking() on a.CohortId equals c.Id
                              select new { a.CohortId, c.Title, c.ContactCadenceDays, a.TerritoryId, p.TerritoryName }).Distinct().ToListAsync(cancellationToken);
        if (assigned.Count == 0) return [];
        var territories = assigned.Select(a => a.TerritoryId).Distinct().ToList();
        var cohorts = assigned.Select(a => a.CohortId).Distinct().ToList();
        var last = await db.FollowUpEntries.AsNoTracking().Where(e => cohorts.Contains(e.CohortId) && territories.Contains(e.TerritoryId))
            .GroupBy(e => new { e.CohortId, e.TerritoryId }).Select(g => new { g.Key.CohortId, g.Key.TerritoryId, Last = g.Max(e => e.Date) })
            .ToDictionaryAsync(x => (x.CohortId, x.TerritoryId), x => x.Last, cancellationToken);
        var overdue = await db.NextSteps.AsNoTracking()
            .Where(s => cohorts.Contains(s.CohortId) && territories.Contains(s.TerritoryId) && s.DoneAtUtc == null && s.DueDate < today)
            .GroupBy(s => new { s.CohortId, s.TerritoryId }).Select(g => new { g.Key.CohortId, g.Key.TerritoryId, Count = g.Count() })
            .ToDictionaryAsync(x => (x.CohortId, x.TerritoryId), x => x.Count, cancellationToken);
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => cohorts.Contains(r.CohortId) && territories.Contains(r.TerritoryId))
            .Select(r => new { r.Id, r.CohortId, r.TerritoryId, r.Status, r.Version }).ToListAsync(cancellationToken);
        var roadmapIds = roadmaps.Select(r => r.Id).ToList();
        var author = access.Actor;
        var comments = await db.RoadmapComments.AsNoTracking().Where(c => roadmapIds.Contains(c.RoadmapId))
            .Select(c => new { c.Id, c.RoadmapId, c.Role, c.Author, c.ReplyToId, c.CreatedAtUtc }).ToListAsync(cancellationToken);
        var unread = comments.GroupBy(c => c.RoadmapId).ToDictionary(g => g.Key, g =>
        {
            var mine = g.Where(c => c.Author == author).ToList();
            if (mine.Count == 0) return 0;
            var myIds = mine.Select(c => c.Id).ToHashSet();
            var since = mine.Max(c => c.CreatedAtUtc);
            return g.Count(c => c.Role == CommentAuthorRole.Pair && c.ReplyToId is { } to && myIds.Contains(to) && c.CreatedAtUtc > since);
        });
        return [.. assigned.Select(a =>
        {
            DateOnly? lastContact = last.TryGetValue((a.CohortId, a.TerritoryId), out var d) ? d : null;
            var roadmap = roadmaps.FirstOrDefault(r => r.CohortId == a.CohortId && r.TerritoryId == a.TerritoryId);
            return new CoachTerritoryDto(a.CohortId, a.Title, a.TerritoryId, a.TerritoryName, lastContact,
                lastContact is { } l ? today.DayNumber - l.DayNumber : null, a.ContactCadenceDays,
                overdue.GetValueOrDefault((a.CohortId, a.TerritoryId)), roadmap?.Status, roadmap is { Version: > 0 },
                roadmap is null ? 0 : unread.GetValueOrDefault(roadmap.Id));
        }).OrderByDescending(t => t.DaysWithoutNews ?? int.MaxValue).ThenBy(t => t.TerritoryName, StringComparer.Ordinal)];
    }
}
