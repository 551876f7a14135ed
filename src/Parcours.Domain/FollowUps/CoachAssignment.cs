using Parcours.Domain.Common;

namespace Parcours.Domain.FollowUps;

/// <summary>A coach (« accompagnateur ») follows a territory of a cohort from one day, until another.</summary>
public sealed class CoachAssignment : AggregateRoot
{
    private CoachAssignment() { }

    public CoachAssignment(Guid cohortId, Guid territoryId, Guid coachPersonId, DateOnly fromDate)
    {
        Id = Guid.CreateVersion7();
        CohortId = cohortId;
        TerritoryId = territoryId;
        CoachPersonId = coachPersonId;
        FromDate = fromDate;
        Raise(new CoachAssigned(cohortId, territoryId, coachPersonId));
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public Guid CoachPersonId { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly? UntilDate { get; private set; }

    public bool ActiveOn(DateOnly day) => new ActiveSpan(FromDate, UntilDate).ActiveOn(day);

    /// <summary>The same rule as <see cref="ActiveOn"/>, for a query the database runs.</summary>
    public static System.Linq.Expressions.Expression<Func<CoachAssignment, bool>> ActiveOnDay(DateOnly day) =>
        a => a.FromDate <= day && (a.UntilDate == null || a.UntilDate >= day);

    public void End(DateOnly untilDate)
    {
        Rule.Check(UntilDate is not null, "assignment-ended", "Cet accompagnement est déjà terminé.");
        Rule.Check(untilDate < FromDate, "assignment-end-before-start", $"La fin ({untilDate:dd/MM/yyyy}) précède le début ({FromDate:dd/MM/yyyy}).");
        UntilDate = untilDate;
        Raise(new CoachAssignmentEnded(CohortId, TerritoryId, CoachPersonId));
    }
}
