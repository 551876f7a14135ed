using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

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
