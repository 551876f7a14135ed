using Microsoft.EntityFrameworkCore;

namespace Parcours.Application.Common.Access;

/// <summary>
/// What the caller may see, worked out once per request. Coordinators see every cohort; a catalyst
/// sees the cohorts where they are an active member of a binôme; nobody else sees cohorts yet.
/// </summary>
internal sealed class CallerAccess(IParcoursDbContext db, ICurrentUser user)
{
    private Guid? _personId;
    private bool _personLoaded;
    private HashSet<Guid>? _catalystCohorts;

    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    public bool IsInRole(string role) => user.IsInRole(role);

    public string Actor => user.Email ?? user.UserId ?? "système";

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

    public async Task<bool> CanReadCohortAsync(Guid cohortId, CancellationToken ct) =>
        IsCoordinator || (await CatalystCohortIdsAsync(ct)).Contains(cohortId);

    /// <summary>Throws 404 when the caller may not read the cohort, whether or not it exists.</summary>
    public async Task EnsureCanReadCohortAsync(Guid cohortId, CancellationToken ct)
    {
        if (!await CanReadCohortAsync(cohortId, ct) || !await db.Cohorts.AnyAsync(c => c.Id == cohortId, ct))
        {
            throw Exceptions.NotFoundException.Cohort();
        }
    }
}
