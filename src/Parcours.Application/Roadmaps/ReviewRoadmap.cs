using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>A coordinator or the territory's coach validates the submitted version, or asks for changes (with a comment).</summary>
/// <summary>
/// A reviewer validates the submitted version or asks for changes. <see cref="Date"/> is the day the
/// review took place when it is recorded afterwards (by default, today): the progress report dates
/// reviews by it.
/// </summary>
public sealed record ReviewRoadmap(string? Comment = null, DateOnly? Date = null) : ICommand<RoadmapDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
    [JsonIgnore] public bool Validate { get; init; }
}

internal sealed class ReviewRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ReviewRoadmap, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(ReviewRoadmap request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        scope.EnsureReviewer();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: true, cancellationToken);
        var latest = await db.RoadmapVersions.Where(v => v.RoadmapId == roadmap.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Date is { } day)
        {
            if (day > FrenchTime.Today(clock)) throw Common.Exceptions.RequestValidationException.For("date", "La date de relecture ne peut pas être dans le futur.");
            // Noon in Paris on that day: the review's instant for reports « at a date ».
            now = FrenchTime.NoonUtc(day);
        }
        return await Roadmaps.WriteAsync(db, roadmap, () =>
        {
            if (latest is null) throw new Domain.Common.DomainRuleException("roadmap-not-submitted", "Seule une feuille de route soumise se relit.");
            roadmap.Review(latest, request.Validate, access.Actor, now);
            if (!string.IsNullOrWhiteSpace(request.Comment))
            {
                db.RoadmapComments.Add(new RoadmapComment(roadmap, "general", latest.Number, scope.IsCoordinator ? CommentAuthorRole.Coordinator : CommentAuthorRole.Coach,
                    access.Actor, request.Comment, null, now));
            }
        }, cancellationToken);
    }
}
