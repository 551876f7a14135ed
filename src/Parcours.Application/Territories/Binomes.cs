using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Territories;

/// <summary>The current members of the binômes of some territories of a cohort, in one query.</summary>
internal static class Binomes
{
    public static async Task<ILookup<Guid, BinomeMemberDto>> OfAsync(IParcoursDbContext db, Guid cohortId, IReadOnlyCollection<Guid> territoryIds, CancellationToken ct) =>
        (await (from m in db.PairMembers.AsNoTracking()
                join p in db.Pairs.AsNoTracking() on m.PairId equals p.Id
                join person in db.People.AsNoTracking() on m.PersonId equals person.Id
                where p.CohortId == cohortId && m.UntilDate == null && territoryIds.Contains(p.TerritoryId)
                orderby person.LastName, person.FirstName
                select new { p.TerritoryId, person.FirstName, person.LastName, person.Email }).ToListAsync(ct))
        .ToLookup(x => x.TerritoryId, x => new BinomeMemberDto(x.FirstName, x.LastName, x.Email));
}
