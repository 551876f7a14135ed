using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Territories;

namespace Parcours.Application.FollowUps;

public sealed record MonthCountDto(string Month, int Contacts);

public sealed record TerritoryActivityDto(Guid TerritoryId, string TerritoryName, DateOnly? LastContact, int Contacts,
    IReadOnlyList<MonthCountDto> ContactsPerMonth, int OpenNextSteps, int OverdueNextSteps);

/// <summary>
/// Counts only — no note, no next-step text: contacts per territory and month, last contact, open
/// and overdue next steps. Coordinators see every participating territory, and so do committee
/// members for the cohorts whose committees they sit on; a coach sees those assigned to them.
/// </summary>
public sealed record GetFollowUpActivity(Guid CohortId) : IQuery<IReadOnlyList<TerritoryActivityDto>>;

internal sealed class GetFollowUpActivityHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetFollowUpActivity, IReadOnlyList<TerritoryActivityDto>>
{
    public async Task<IReadOnlyList<TerritoryActivityDto>> Handle(GetFollowUpActivity request, CancellationToken cancellationToken)
    {
        IQueryable<Guid> visible;
        if (access.IsInRole(Roles.CommitteeMember) && !access.IsCoordinator && !access.IsInRole(Roles.Coach))
        {
            // A committee member reads the activity of the cohorts whose committees they sit on.
            if (!await access.SitsOnCommitteeOfAsync(request.CohortId, cancellationToken))
            {
                throw Common.Exceptions.NotFoundException.Cohort();
            }
            visible = db.Participations.Where(p => p.CohortId == request.CohortId).Select(p => p.TerritoryId);
        }
        else
        {
            visible = (await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken)).Territories(db, request.CohortId);
        }
        var today = FrenchTime.Today(clock);
        var territories = await db.Participations.AsNoTracking()
            .Where(p => p.CohortId == request.CohortId && (p.Status == ParticipationStatus.Accepted || p.Status == ParticipationStatus.Withdrawn) && visible.Contains(p.TerritoryId))
            .Select(p => new { p.TerritoryId, p.TerritoryName }).ToListAsync(cancellationToken);
        var contacts = (await db.FollowUpEntries.AsNoTracking().Where(e => e.CohortId == request.CohortId)
                .GroupBy(e => new { e.TerritoryId, e.Date.Year, e.Date.Month })
                .Select(g => new { g.Key.TerritoryId, g.Key.Year, g.Key.Month, Count = g.Count(), Last = g.Max(e => e.Date) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.TerritoryId);
        var steps = (await db.NextSteps.AsNoTracking().Where(s => s.CohortId == request.CohortId && s.DoneAtUtc == null)
                .GroupBy(s => s.TerritoryId)
                .Select(g => new { TerritoryId = g.Key, Open = g.Count(), Overdue = g.Count(s => s.DueDate < today) })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => x.TerritoryId);

        return [.. territories.OrderBy(t => t.TerritoryName, StringComparer.Ordinal).Select(t =>
        {
            var months = contacts[t.TerritoryId].OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();
            var open = steps.GetValueOrDefault(t.TerritoryId);
            return new TerritoryActivityDto(t.TerritoryId, t.TerritoryName, months.Count == 0 ? null : months.Max(m => m.Last), months.Sum(m => m.Count),
                [.. months.Select(m => new MonthCountDto($"{m.Year:0000}-{m.Month:00}", m.Count))], open?.Open ?? 0, open?.Overdue ?? 0);
        })];
    }
}
