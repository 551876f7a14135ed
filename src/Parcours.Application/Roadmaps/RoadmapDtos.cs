using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record RoadmapDto(Guid CohortId, Guid TerritoryId, string TerritoryName, RoadmapStatus Status, int Version,
    IReadOnlyList<RoadmapSection> Sections, IReadOnlyList<RoadmapAction> Actions, int SubmittedVersions, DateTime? UpdatedAtUtc, string? UpdatedBy)
{
    public static RoadmapDto From(Roadmap r, string territoryName) => new(r.CohortId, r.TerritoryId, territoryName, r.Status, r.Version,
        r.Sections, r.Actions, r.SubmittedVersions, r.Version == 0 ? null : r.UpdatedAtUtc, r.Version == 0 ? null : r.UpdatedBy);
}

public sealed record RoadmapVersionDto(int Number, ReviewOutcome Outcome, DateTime SubmittedAtUtc, string SubmittedBy, DateTime? DecidedAtUtc, string? DecidedBy,
    bool Pitched, IReadOnlyList<RoadmapSection>? Sections, IReadOnlyList<RoadmapAction>? Actions)
{
    public static RoadmapVersionDto From(RoadmapVersion v, bool withContent) => new(v.Number, v.Outcome, v.SubmittedAtUtc, v.SubmittedBy, v.DecidedAtUtc, v.DecidedBy,
        v.Pitched, withContent ? v.Sections : null, withContent ? v.Actions : null);
}

/// <summary>A write that started from an older version: 409 (412 with If-Match) carrying the current roadmap.</summary>
public sealed class StaleWriteException(RoadmapDto current) : Exception("La feuille de route a changé depuis votre lecture.")
{
    public RoadmapDto Current { get; } = current;
}

internal static class Roadmaps
{
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
