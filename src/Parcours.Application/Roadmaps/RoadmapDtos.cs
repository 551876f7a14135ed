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
