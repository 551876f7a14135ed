using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>
/// What a caller may see of a cohort's individual follow-up — the heart of this module. Coordinators
/// see everything; a coach sees the territories assigned to them today; a catalyst sees the entries
/// shared with the binôme of their own territory; nobody else sees any entry. Every list, read,
/// count and export goes through <see cref="Entries"/>, so one rule serves them all.
/// </summary>
internal sealed class FollowUpScope
{
    private FollowUpScope(bool all, IReadOnlySet<Guid> coached, IReadOnlySet<Guid> own)
    {
        All = all;
        Coached = coached;
        Own = own;
    }

    public bool All { get; }
    /// <summary>Territories the caller coaches in this cohort (read and write everything).</summary>
    public IReadOnlySet<Guid> Coached { get; }
    /// <summary>The caller's own territories as a catalyst (read what is shared).</summary>
    public IReadOnlySet<Guid> Own { get; }

    public bool CanWrite(Guid territoryId) => All || Coached.Contains(territoryId);

    public bool CanReadEverything(Guid territoryId) => All || Coached.Contains(territoryId);

    public bool CanRead(FollowUpEntry entry) =>
        CanReadEverything(entry.TerritoryId) || (Own.Contains(entry.TerritoryId) && entry.Visibility == FollowUpVisibility.SharedWithPair);

    public IQueryable<FollowUpEntry> Entries(IQueryable<FollowUpEntry> entries, Guid cohortId)
    {
        var inCohort = entries.Where(e => e.CohortId == cohortId);
        if (All) return inCohort;
        var coached = Coached.ToList();
        var own = Own.ToList();
        return inCohort.Where(e => coached.Contains(e.TerritoryId) || (own.Contains(e.TerritoryId) && e.Visibility == FollowUpVisibility.SharedWithPair));
    }

    /// <summary>Territories whose whole follow-up the caller may read (lists of contacts, next steps).</summary>
    public IQueryable<Guid> Territories(IParcoursDbContext db, Guid cohortId)
    {
        var all = db.Participations.Where(p => p.CohortId == cohortId).Select(p => p.TerritoryId);
        if (All) return all;
        var coached = Coached.ToList();
        return all.Where(t => coached.Contains(t));
    }

    public static async Task<FollowUpScope> ForAsync(IParcoursDbContext db, CallerAccess access, Guid cohortId, CancellationToken ct)
    {
        if (access.IsCoordinator)
        {
            if (!await db.Cohorts.AnyAsync(c => c.Id == cohortId, ct)) throw NotFoundException.Cohort();
            return new FollowUpScope(true, new HashSet<Guid>(), new HashSet<Guid>());
        }
        var standing = await access.StandingAsync(cohortId, ct);
        var (coached, own) = (standing.Coached, standing.Own);
        // Nothing to follow in that cohort (another cohort, or one that does not exist): « introuvable »,
        // not an empty list that would confirm the cohort exists.
        if (coached.Count == 0 && own.Count == 0) throw NotFoundException.Cohort();
        return new FollowUpScope(false, coached, own);
    }

    /// <summary>Throws 404 when the caller may not write about this territory (its existence does not leak).</summary>
    public void EnsureCanWrite(Guid territoryId)
    {
        if (!CanWrite(territoryId)) throw NotFoundException.Territory();
    }
}
