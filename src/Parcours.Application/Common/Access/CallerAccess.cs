using Microsoft.EntityFrameworkCore;

namespace Parcours.Application.Common.Access;

/// <summary>
/// Who the caller is, worked out once per request: their person, and their standing in each cohort they
/// ask about (<see cref="StandingAsync"/>, the one model the modules' rules read). Coordinators see every
/// cohort; a catalyst reads the cohorts where they are an active member of a binôme; coaches and
/// committee members reach a cohort through what they accompany or sit on.
/// </summary>
internal sealed class CallerAccess(IParcoursDbContext db, ICurrentUser user, TimeProvider clock)
{
    private Guid? _personId;
    private bool _personLoaded;
    private HashSet<Guid>? _catalystCohorts;
    private readonly Dictionary<Guid, CohortStanding> _standings = [];

    /// <summary>The caller's standing in a cohort, computed once per request and cohort.</summary>
    public async Task<CohortStanding> StandingAsync(Guid cohortId, CancellationToken ct)
    {
        if (IsCoordinator) return CohortStanding.Coordinator;
        if (!_standings.TryGetValue(cohortId, out var standing))
        {
            standing = new CohortStanding(false, await CoachedTerritoriesAsync(cohortId, ct), await OwnTerritoriesAsync(cohortId, ct),
                await SeatedCommitteesOfAsync(cohortId, ct));
            _standings[cohortId] = standing;
        }
        return standing;
    }

    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    public bool IsInRole(string role) => user.IsInRole(role);

    public string Actor => user.Email ?? user.UserId ?? "système";

    /// <summary>The caller's account (null for background work).</summary>
    public string? AccountId => user.UserId;

    public async Task<Guid?> PersonIdAsync(CancellationToken ct)
    {
        if (!_personLoaded)
        {
            _personId = user.UserId is null
                ? null
                : await db.People.AsNoTracking().Where(p => p.UserId == user.UserId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
            _personLoaded = true;
        }
        return _personId;
    }

    public async Task<IReadOnlySet<Guid>> CatalystCohortIdsAsync(CancellationToken ct)
    {
        if (_catalystCohorts is null)
        {
            var personId = await PersonIdAsync(ct);
            _catalystCohorts = personId is null || !user.IsInRole(Roles.Catalyst)
                ? []
                : (await db.PairMembers.AsNoTracking()
                    .Where(m => m.PersonId == personId && m.UntilDate == null)
                    .Select(m => m.CohortId).Distinct().ToListAsync(ct)).ToHashSet();
        }
        return _catalystCohorts;
    }

    /// <summary>
    /// The cohorts where the caller takes part today — catalyst of a current binôme, coach of one of its
    /// territories, member seated on one of its committees: what « the cohort » and « the programme » mean
    /// to the resource library. At most three small queries, whatever the number of cohorts.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> CommunityCohortIdsAsync(CancellationToken ct)
    {
        var cohorts = new HashSet<Guid>(await CatalystCohortIdsAsync(ct));
        var me = await PersonIdAsync(ct);
        if (me is null) return cohorts;
        var today = FrenchTime.Today(clock);
        if (user.IsInRole(Roles.Coach))
        {
            cohorts.UnionWith(await db.CoachAssignments.AsNoTracking()
                .Where(a => a.CoachPersonId == me).Where(Domain.FollowUps.CoachAssignment.ActiveOnDay(today))
                .Select(a => a.CohortId).Distinct().ToListAsync(ct));
        }
        if (user.IsInRole(Roles.CommitteeMember))
        {
            var seated = (await SeatedCommitteesAsync(ct)).ToList();
            if (seated.Count > 0)
            {
                cohorts.UnionWith(await db.Committees.AsNoTracking().Where(c => seated.Contains(c.Id)).Select(c => c.CohortId).Distinct().ToListAsync(ct));
            }
        }
        return cohorts;
    }

    /// <summary>Territories of a cohort that the caller coaches today (empty unless a Coach).</summary>
    public async Task<IReadOnlySet<Guid>> CoachedTerritoriesAsync(Guid cohortId, CancellationToken ct)
    {
        var me = await PersonIdAsync(ct);
        if (me is null || !user.IsInRole(Roles.Coach)) return new HashSet<Guid>();
        var today = FrenchTime.Today(clock);
        return (await db.CoachAssignments.AsNoTracking()
            .Where(a => a.CohortId == cohortId && a.CoachPersonId == me).Where(Domain.FollowUps.CoachAssignment.ActiveOnDay(today))
            .Select(a => a.TerritoryId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The territories of a cohort whose current binôme the caller sits in (empty unless a Catalyst).</summary>
    public async Task<IReadOnlySet<Guid>> OwnTerritoriesAsync(Guid cohortId, CancellationToken ct)
    {
        var me = await PersonIdAsync(ct);
        if (me is null || !user.IsInRole(Roles.Catalyst)) return new HashSet<Guid>();
        return (await (from m in db.PairMembers.AsNoTracking()
                       join p in db.Pairs.AsNoTracking() on m.PairId equals p.Id
                       where m.PersonId == me && m.UntilDate == null && p.CohortId == cohortId
                       select p.TerritoryId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The committees where the caller holds a seat today.</summary>
    public async Task<IReadOnlySet<Guid>> SeatedCommitteesAsync(CancellationToken ct)
    {
        var me = await PersonIdAsync(ct);
        if (me is null) return new HashSet<Guid>();
        var today = FrenchTime.Today(clock);
        return (await db.CommitteeSeats.AsNoTracking()
            .Where(s => s.PersonId == me).Where(Domain.Committees.CommitteeSeat.SitsOnDay(today))
            .Select(s => s.CommitteeId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>Whether the caller sits today on a committee of that cohort.</summary>
    public async Task<bool> SitsOnCommitteeOfAsync(Guid cohortId, CancellationToken ct) => (await StandingAsync(cohortId, ct)).OnCommittee;

    /// <summary>The committees of that cohort where the caller, a committee member, holds a seat today.</summary>
    private async Task<IReadOnlySet<Guid>> SeatedCommitteesOfAsync(Guid cohortId, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.CommitteeMember)) return new HashSet<Guid>();
        var seated = (await SeatedCommitteesAsync(ct)).ToList();
        return seated.Count == 0
            ? new HashSet<Guid>()
            : (await db.Committees.AsNoTracking().Where(c => c.CohortId == cohortId && seated.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
    }

    public async Task<bool> CanReadCohortAsync(Guid cohortId, CancellationToken ct) => (await StandingAsync(cohortId, ct)).ReadsCohort;

    /// <summary>Throws 404 when the caller may not read the cohort, whether or not it exists.</summary>
    public async Task EnsureCanReadCohortAsync(Guid cohortId, CancellationToken ct)
    {
        if (!await CanReadCohortAsync(cohortId, ct) || !await db.Cohorts.AnyAsync(c => c.Id == cohortId, ct))
        {
            throw Exceptions.NotFoundException.Cohort();
        }
    }
}
