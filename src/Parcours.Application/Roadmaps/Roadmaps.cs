using Parcours.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

internal static class Roadmaps
{
    /// <summary>
    /// The version a write starts from is required: the API takes it from If-Match or the body's « version »,
    /// a page from its hidden field; without it a write could silently overwrite someone else's.
    /// </summary>
    public static int StartingVersion(int? version) => version
        ?? throw RequestValidationException.For("version", "Indiquez la version sur laquelle vous êtes parti (champ « version » ou en-tête If-Match).");

    public static async Task<string> TerritoryNameAsync(IParcoursDbContext db, Guid cohortId, Guid territoryId, CancellationToken ct) =>
        await db.Participations.Where(p => p.CohortId == cohortId && p.TerritoryId == territoryId).Select(p => p.TerritoryName).SingleAsync(ct);

    /// <summary>The roadmap, or a blank one (version 0) that the first write will create.</summary>
    public static async Task<Roadmap> LoadOrStartAsync(IParcoursDbContext db, Guid cohortId, Guid territoryId, bool tracking, CancellationToken ct)
    {
        var query = tracking ? db.Roadmaps : db.Roadmaps.AsNoTracking();
        var roadmap = await query.SingleOrDefaultAsync(r => r.CohortId == cohortId && r.TerritoryId == territoryId, ct);
        if (roadmap is not null) return roadmap;
        roadmap = Roadmap.Start(cohortId, territoryId);
        if (tracking) db.Roadmaps.Add(roadmap);
        return roadmap;
    }

    /// <summary>Runs a write; a stale one is answered with the current text, so that nothing typed is lost silently.</summary>
    public static async Task<RoadmapDto> WriteAsync(IParcoursDbContext db, Roadmap roadmap, Action write, CancellationToken ct)
    {
        var name = await TerritoryNameAsync(db, roadmap.CohortId, roadmap.TerritoryId, ct);
        try
        {
            write();
        }
        catch (StaleRoadmapException stale)
        {
            throw new StaleWriteException(RoadmapDto.From(stale.Current, name));
        }
        await db.SaveChangesAsync(ct);
        return RoadmapDto.From(roadmap, name);
    }
}
