using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

internal static class RoadmapDocuments
{
    public static string Label(RoadmapVersion v) => $"Version {v.Number}" + v.Outcome switch
    {
        ReviewOutcome.Validated => v.Pitched ? " (validée, pitchée en S4)" : " (validée)",
        ReviewOutcome.ChangesRequested => " (modifications demandées)",
        _ => " (soumise)",
    };

    public static string FileName(string territory) => $"feuille-de-route-{Common.FrenchLabels.Fold(territory)}.pdf";

    public static async Task<RoadmapDocument> BuildAsync(IParcoursDbContext db, Guid cohortId, Guid territoryId, string label, DateTime dateUtc,
        IReadOnlyList<RoadmapSection> sections, IReadOnlyList<RoadmapAction> actions, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Title).SingleAsync(ct);
        var territory = await Roadmaps.TerritoryNameAsync(db, cohortId, territoryId, ct);
        var members = await PairMembersAsync(db, cohortId, territoryId, ct);
        return new RoadmapDocument(territory, cohort, [.. members[territoryId]], label, FrenchTime.ToParis(dateUtc), sections, actions);
    }

    /// <summary>The latest validated version of each territory's roadmap, in alphabetical order, names fetched once.</summary>
    /// <summary>The last validated version of each territory — as of <paramref name="atUtc"/> when given (a report at a date and its annex agree).</summary>
    public static async Task<List<RoadmapDocument>> ValidatedAsync(IParcoursDbContext db, Guid cohortId, CancellationToken ct, DateTime? atUtc = null)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Title).SingleAsync(ct);
        var versions = (await db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == cohortId && v.Outcome == ReviewOutcome.Validated
                && (atUtc == null || v.DecidedAtUtc <= atUtc)).ToListAsync(ct))
            .GroupBy(v => v.TerritoryId).Select(g => g.OrderByDescending(v => v.Number).First()).ToList();
        var names = await db.Participations.AsNoTracking().Where(p => p.CohortId == cohortId).ToDictionaryAsync(p => p.TerritoryId, p => p.TerritoryName, ct);
        var members = await PairMembersAsync(db, cohortId, null, ct);
        return [.. versions.Select(v => new RoadmapDocument(names[v.TerritoryId], cohort, [.. members[v.TerritoryId]], Label(v),
                FrenchTime.ToParis(v.DecidedAtUtc ?? v.SubmittedAtUtc), v.Sections, v.Actions))
            .OrderBy(d => d.TerritoryName, StringComparer.Ordinal)];
    }

    /// <summary>The names of the current members of the cohort's binômes (of one territory, or all), by territory.</summary>
    private static async Task<ILookup<Guid, string>> PairMembersAsync(IParcoursDbContext db, Guid cohortId, Guid? territoryId, CancellationToken ct) =>
        (await (from p in db.Pairs.AsNoTracking()
                where p.CohortId == cohortId && (territoryId == null || p.TerritoryId == territoryId)
                join m in db.PairMembers.AsNoTracking() on p.Id equals m.PairId
                where m.UntilDate == null
                join person in db.People.AsNoTracking() on m.PersonId equals person.Id
                select new { p.TerritoryId, Name = person.FirstName + " " + person.LastName }).ToListAsync(ct))
            .ToLookup(x => x.TerritoryId, x => x.Name);

    /// <summary>Coordinators, and committee members sitting on a committee of the cohort.</summary>
    public static async Task EnsureCohortReaderAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, CancellationToken ct)
    {
        if (access.IsCoordinator)
        {
            await access.EnsureCanReadCohortAsync(cohortId, ct);
            return;
        }
        if (!await access.SitsOnCommitteeOfAsync(cohortId, ct))
        {
            throw NotFoundException.Cohort();
        }
    }
}
