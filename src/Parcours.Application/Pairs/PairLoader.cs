using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.Pairs;

namespace Parcours.Application.Pairs;

/// <summary>Loads binômes and what their DTO needs (territory names, people) in a fixed number of queries.</summary>
internal static class PairLoader
{
    public static async Task<Pair> LoadForChangeAsync(IParcoursDbContext db, Guid pairId, CancellationToken ct) =>
        await db.Pairs.Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == pairId, ct) ?? throw NotFoundException.Pair();

    public static async Task<IReadOnlyList<PairDto>> ToDtosAsync(IParcoursDbContext db, IReadOnlyList<Pair> pairs, CancellationToken ct)
    {
        var territoryIds = pairs.Select(p => p.TerritoryId).Distinct().ToList();
        var personIds = pairs.SelectMany(p => p.Members).Select(m => m.PersonId).Distinct().ToList();
        var names = await db.Territories.AsNoTracking().Where(t => territoryIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return [.. pairs.Select(p => PairDto.From(p, names[p.TerritoryId], people))];
    }

    /// <summary>A person sits in at most one binôme of a cohort at a time; the database holds it too.</summary>
    public static async Task EnsurePersonFreeAsync(IParcoursDbContext db, Guid cohortId, Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.ErasedAtUtc == null, ct)
            ?? throw RequestValidationException.For("personId", "Cette personne n'existe pas.");
        if (await db.PairMembers.AnyAsync(m => m.CohortId == cohortId && m.PersonId == personId && m.UntilDate == null, ct))
        {
            throw new DomainRuleException("person-already-in-pair", $"{person.FullName} fait déjà partie d'un binôme de cette promotion.");
        }
    }
}
