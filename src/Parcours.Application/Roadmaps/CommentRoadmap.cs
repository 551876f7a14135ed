using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record RoadmapCommentDto(Guid Id, string SectionKey, int? VersionNumber, CommentAuthorRole Role, string Author, string Text, Guid? ReplyToId, DateTime CreatedAtUtc);

/// <summary>Reviewers comment a section; the binôme answers a comment (its answer names the comment it replies to).</summary>
public sealed record CommentRoadmap(string? Text = null, string? SectionKey = null, Guid? ReplyToId = null) : ICommand<RoadmapCommentDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class CommentRoadmapValidator : AbstractValidator<CommentRoadmap>
{
    public CommentRoadmapValidator()
    {
        RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Le commentaire est vide.")
            .MaximumLength(4000).WithMessage("Le commentaire dépasse 4 000 caractères.");
        RuleFor(x => x.SectionKey).Must(k => k is null || k == "general" || Roadmap.DefaultSections.Any(s => s.Key == k) || k == "actions")
            .WithMessage("Cette section n'existe pas.");
    }
}

internal sealed class CommentRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<CommentRoadmap, RoadmapCommentDto>
{
    public async Task<RoadmapCommentDto> Handle(CommentRoadmap request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        scope.EnsureDrafts();
        var roadmap = await db.Roadmaps.AsNoTracking().SingleOrDefaultAsync(r => r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId, cancellationToken)
            ?? throw new Domain.Common.DomainRuleException("roadmap-not-started", "Le binôme n'a encore rien écrit : il n'y a rien à commenter.");
        var sectionKey = request.SectionKey ?? "general";
        if (scope.IsPair && !scope.CanReview)
        {
            var parent = request.ReplyToId is { } replyTo
                ? await db.RoadmapComments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == replyTo && c.RoadmapId == roadmap.Id, cancellationToken)
                : null;
            if (parent is null) throw RequestValidationException.For("replyToId", "Le binôme répond à un commentaire : indiquez lequel.");
            sectionKey = parent.SectionKey;
        }
        var comment = new RoadmapComment(roadmap, sectionKey, roadmap.SubmittedVersions == 0 ? null : roadmap.SubmittedVersions,
            scope.IsCoordinator ? CommentAuthorRole.Coordinator : scope.IsCoach ? CommentAuthorRole.Coach : CommentAuthorRole.Pair,
            access.Actor, request.Text!, request.ReplyToId, clock.GetUtcNow().UtcDateTime);
        db.RoadmapComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return new RoadmapCommentDto(comment.Id, comment.SectionKey, comment.VersionNumber, comment.Role, comment.Author, comment.Text, comment.ReplyToId, comment.CreatedAtUtc);
    }
}
