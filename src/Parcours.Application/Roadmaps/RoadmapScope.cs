using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Roadmaps;

/// <summary>
/// Who may do what with one territory's roadmap: the binôme writes and submits it; coordinators and
/// the territory's coaches read drafts, comment and review; committee members of the cohort read
/// validated versions only. Anyone else — another territory's catalyst included — gets 404.
/// </summary>
internal sealed class RoadmapScope
{
    private RoadmapScope(bool coordinator, bool coach, bool pair, bool committee)
    {
        IsCoordinator = coordinator;
        IsCoach = coach;
        IsPair = pair;
        IsCommittee = committee;
    }

    public bool IsCoordinator { get; }
    public bool IsCoach { get; }
    public bool IsPair { get; }
    public bool IsCommittee { get; }
    public bool CanReview => IsCoordinator || IsCoach;
    public bool CanReadDrafts => IsCoordinator || IsCoach || IsPair;
    public bool CanReadValidated => CanReadDrafts || IsCommittee;

    public static async Task<RoadmapScope> ForAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, Guid territoryId, CancellationToken ct)
    {
        if (!await db.Participations.AnyAsync(p => p.CohortId == cohortId && p.TerritoryId == territoryId, ct))
        {
            throw new NotFoundException("Cette feuille de route");
        }
        var scope = (await Cohort.ForAsync(access, cohortId, ct)).For(territoryId);
        if (!scope.CanReadValidated) throw new NotFoundException("Cette feuille de route");
        return scope;
    }

    /// <summary>The roadmap rules over the caller's standing in a whole cohort (<see cref="CohortStanding"/>).</summary>
    internal sealed class Cohort(CohortStanding standing)
    {
        public RoadmapScope For(Guid territoryId) =>
            new(standing.IsCoordinator, standing.Coaches(territoryId), standing.IsPairOf(territoryId), standing.OnCommittee);

        public static async Task<Cohort> ForAsync(CallerAccess access, Guid cohortId, CancellationToken ct) =>
            new(await access.StandingAsync(cohortId, ct));
    }

    public void EnsureDrafts()
    {
        if (!CanReadDrafts) throw new NotFoundException("Cette feuille de route");
    }

    /// <summary>Only the binôme writes: 403 for those who read the roadmap, 404 for anyone else.</summary>
    public void EnsurePair()
    {
        if (!IsPair) throw CanReadDrafts
            ? new ForbiddenException("roadmap-pair-only", "Seul le binôme du territoire rédige sa feuille de route ; vous pouvez la commenter.")
            : new NotFoundException("Cette feuille de route");
    }

    /// <summary>Only coordinators and the territory's coaches review: 403 for the binôme, 404 for anyone else.</summary>
    public void EnsureReviewer()
    {
        if (!CanReview) throw CanReadDrafts
            ? new ForbiddenException("roadmap-reviewer-only", "La relecture revient à la coordination et aux accompagnateurs du territoire.")
            : new NotFoundException("Cette feuille de route");
    }
}
