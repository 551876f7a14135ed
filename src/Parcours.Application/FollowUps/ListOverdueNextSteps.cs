using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.FollowUps;

public sealed record OverdueStepDto(Guid StepId, Guid EntryId, Guid TerritoryId, string TerritoryName, string Title, string Owner, DateOnly DueDate, int DaysOverdue);

/// <summary>Next steps not done and past their due date, the oldest first.</summary>
public sealed record ListOverdueNextSteps(Guid CohortId) : IQuery<IReadOnlyList<OverdueStepDto>>;

internal sealed class ListOverdueNextStepsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ListOverdueNextSteps, IReadOnlyList<OverdueStepDto>>
{
    public async Task<IReadOnlyList<OverdueStepDto>> Handle(ListOverdueNextSteps request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        var today = FrenchTime.Today(clock);
        var visible = scope.Territories(db, request.CohortId);
        var steps = await (from s in db.NextSteps.AsNoTracking()
                           where s.CohortId == request.CohortId && s.DoneAtUtc == null && s.DueDate < today && visible.Contains(s.TerritoryId)
                           join p in db.Participations.AsNoTracking() on new { s.CohortId, s.TerritoryId } equals new { p.CohortId, p.TerritoryId }
                           orderby s.DueDate, p.TerritoryName
                           select new { s, p.TerritoryName }).ToListAsync(cancellationToken);
        return [.. steps.Select(x => new OverdueStepDto(x.s.Id, x.s.EntryId, x.s.TerritoryId, x.TerritoryName, x.s.Title, x.s.Owner, x.s.DueDate, today.DayNumber - x.s.DueDate.DayNumber))];
    }
}
