using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.FollowUps;

/// <summary>A next step, as another module may know it (never the note it comes from: notes are confidential).</summary>
public sealed record NextStepFact(Guid Id, Guid CohortId, Guid TerritoryId, string TerritoryName, string Title, Guid? OwnerPersonId, DateOnly DueDate, bool Done);

public sealed record CoachFact(Guid TerritoryId, Guid CoachPersonId);

/// <summary>The follow-up module's contract with the others.</summary>
public interface IFollowUpFacts
{
    /// <summary>The coaches who accompany the cohort's territories on that day.</summary>
    Task<IReadOnlyList<CoachFact>> CoachesOnAsync(Guid cohortId, DateOnly day, CancellationToken ct);

    /// <summary>A cohort's next steps (or those of one note), done ones included.</summary>
    Task<IReadOnlyList<NextStepFact>> NextStepsAsync(Guid cohortId, Guid? entryId, CancellationToken ct);

    Task<IReadOnlyList<NextStepFact>> NextStepsByIdsAsync(IReadOnlyCollection<Guid> stepIds, CancellationToken ct);
}

internal sealed class FollowUpFacts(IParcoursDbContext db) : IFollowUpFacts
{
    public async Task<IReadOnlyList<CoachFact>> CoachesOnAsync(Guid cohortId, DateOnly day, CancellationToken ct) =>
        await db.CoachAssignments.AsNoTracking()
            .Where(a => a.CohortId == cohortId).Where(Domain.FollowUps.CoachAssignment.ActiveOnDay(day))
            .Select(a => new CoachFact(a.TerritoryId, a.CoachPersonId)).ToListAsync(ct);

    public Task<IReadOnlyList<NextStepFact>> NextStepsAsync(Guid cohortId, Guid? entryId, CancellationToken ct) =>
        ReadAsync(db.NextSteps.Where(s => s.CohortId == cohortId && (entryId == null || s.EntryId == entryId)), ct);

    public async Task<IReadOnlyList<NextStepFact>> NextStepsByIdsAsync(IReadOnlyCollection<Guid> stepIds, CancellationToken ct) =>
        stepIds.Count == 0 ? [] : await ReadAsync(db.NextSteps.Where(s => stepIds.Contains(s.Id)), ct);

    private async Task<IReadOnlyList<NextStepFact>> ReadAsync(IQueryable<Domain.FollowUps.NextStep> steps, CancellationToken ct) =>
        await (from s in steps.AsNoTracking()
               join t in db.Territories.AsNoTracking() on s.TerritoryId equals t.Id
               select new NextStepFact(s.Id, s.CohortId, s.TerritoryId, t.Name, s.Title, s.OwnerPersonId, s.DueDate, s.DoneAtUtc != null)).ToListAsync(ct);
}
