using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>The submitted versions; committee members see the validated ones only.</summary>
public sealed record ListRoadmapVersions(Guid CohortId, Guid TerritoryId) : IQuery<IReadOnlyList<RoadmapVersionDto>>;

internal sealed class ListRoadmapVersionsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ListRoadmapVersions, IReadOnlyList<RoadmapVersionDto>>
{
    public async Task<IReadOnlyList<RoadmapVersionDto>> Handle(ListRoadmapVersions request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        var versions = await RoadmapVersionQueries.VisibleAsync(db, scope, request.CohortId, request.TerritoryId, cancellationToken);
        return [.. versions.Select(v => RoadmapVersionDto.From(v, withContent: false))];
    }
}

public sealed record GetRoadmapVersion(Guid CohortId, Guid TerritoryId, int Number) : IQuery<RoadmapVersionDto>;

internal sealed class GetRoadmapVersionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<GetRoadmapVersion, RoadmapVersionDto>
{
    public async Task<RoadmapVersionDto> Handle(GetRoadmapVersion request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        return RoadmapVersionDto.From(await RoadmapVersionQueries.OneAsync(db, scope, request.CohortId, request.TerritoryId, request.Number, cancellationToken), withContent: true);
    }
}

public sealed record SectionDiffDto(string Key, string Title, bool Changed, string Before, string After);

public sealed record RoadmapComparisonDto(int From, int To, IReadOnlyList<SectionDiffDto> Sections, bool ActionsChanged,
    IReadOnlyList<RoadmapAction> ActionsBefore, IReadOnlyList<RoadmapAction> ActionsAfter);

/// <summary>Two submitted versions side by side, section by section.</summary>
public sealed record CompareRoadmapVersions(Guid CohortId, Guid TerritoryId, int From, int To) : IQuery<RoadmapComparisonDto>;

internal sealed class CompareRoadmapVersionsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<CompareRoadmapVersions, RoadmapComparisonDto>
{
    public async Task<RoadmapComparisonDto> Handle(CompareRoadmapVersions request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        var before = await RoadmapVersionQueries.OneAsync(db, scope, request.CohortId, request.TerritoryId, request.From, cancellationToken);
        var after = await RoadmapVersionQueries.OneAsync(db, scope, request.CohortId, request.TerritoryId, request.To, cancellationToken);
        var sections = after.Sections.Select(s =>
        {
            var old = before.Sections.FirstOrDefault(b => b.Key == s.Key)?.Text ?? "";
            return new SectionDiffDto(s.Key, s.Title, !string.Equals(old, s.Text, StringComparison.Ordinal), old, s.Text);
        }).ToList();
        return new RoadmapComparisonDto(before.Number, after.Number, sections, !before.Actions.SequenceEqual(after.Actions), before.Actions, after.Actions);
    }
}

/// <summary>Marks the version pitched at S4 (one per roadmap).</summary>
public sealed record MarkRoadmapPitched(Guid CohortId, Guid TerritoryId, int Number) : ICommand<RoadmapVersionDto>;

internal sealed class MarkRoadmapPitchedHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<MarkRoadmapPitched, RoadmapVersionDto>
{
    public async Task<RoadmapVersionDto> Handle(MarkRoadmapPitched request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsureReviewer();
        var versions = await db.RoadmapVersions.Where(v => v.CohortId == request.CohortId && v.TerritoryId == request.TerritoryId).ToListAsync(cancellationToken);
        var target = versions.SingleOrDefault(v => v.Number == request.Number) ?? throw new NotFoundException("Cette version");
        foreach (var other in versions.Where(v => v.Pitched && v != target)) other.MarkPitched(false);
        target.MarkPitched(true);
        await db.SaveChangesAsync(cancellationToken);
        return RoadmapVersionDto.From(target, withContent: false);
    }
}

internal static class RoadmapVersionQueries
{
    public static async Task<List<RoadmapVersion>> VisibleAsync(IParcoursDbContext db, RoadmapScope scope, Guid cohortId, Guid territoryId, CancellationToken ct)
    {
        var query = db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == cohortId && v.TerritoryId == territoryId);
        if (!scope.CanReadDrafts) query = query.Where(v => v.Outcome == ReviewOutcome.Validated);
        return await query.OrderBy(v => v.Number).ToListAsync(ct);
    }

    public static async Task<RoadmapVersion> OneAsync(IParcoursDbContext db, RoadmapScope scope, Guid cohortId, Guid territoryId, int number, CancellationToken ct) =>
        (await VisibleAsync(db, scope, cohortId, territoryId, ct)).SingleOrDefault(v => v.Number == number) ?? throw new NotFoundException("Cette version");
}
