using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Roadmaps;

/// <summary>The binôme submits its roadmap: the current text becomes a numbered, read-only version.</summary>
public sealed record SubmitRoadmap(int? Version = null) : ICommand<RoadmapDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class SubmitRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<SubmitRoadmap, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(SubmitRoadmap request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: true, cancellationToken);
        if (roadmap.Version == 0)
        {
            throw new Domain.Common.DomainRuleException("roadmap-empty", "Une feuille de route vide ne peut pas être soumise : rédigez au moins une section ou une action.");
        }
        return await Roadmaps.WriteAsync(db, roadmap, () =>
        {
            db.RoadmapVersions.Add(roadmap.Submit(Roadmaps.StartingVersion(request.Version), access.Actor, clock.GetUtcNow().UtcDateTime));
        }, cancellationToken);
    }
}
