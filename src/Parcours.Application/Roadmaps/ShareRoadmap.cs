using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record RoadmapSharingDto(Guid CohortId, Guid TerritoryId, bool Shared, DateTime? SharedAtUtc, IReadOnlyList<ProgrammeTheme> Themes, bool HasValidatedVersion,
    SharingScope? SharedWith = null);

/// <summary>
/// The binôme shares its validated roadmap with the other territories of its cohort — or, if it says so, of every
/// cohort of the programme — under the themes it speaks to (or changes them, or who reads it).
/// </summary>
public sealed record ShareRoadmap(IReadOnlyList<ProgrammeTheme>? Themes, SharingScope? Scope = null) : ICommand<RoadmapSharingDto>
{
    // From the route, never from the body.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class ShareRoadmapValidator : AbstractValidator<ShareRoadmap>
{
    public ShareRoadmapValidator()
    {
        RuleFor(x => x.Themes).NotEmpty().WithMessage("Choisissez au moins un thème du programme : c'est ainsi que les autres territoires la trouveront.");
        RuleForEach(x => x.Themes).KnownValue("thèmes");
        RuleFor(x => x.Scope!.Value).KnownValue("avec qui").OverridePropertyName("scope").When(x => x.Scope is not null);
    }
}

internal sealed class ShareRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ShareRoadmap, RoadmapSharingDto>
{
    public async Task<RoadmapSharingDto> Handle(ShareRoadmap request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        // A roadmap nobody wrote yet has no validated version: the domain refuses it in the same words.
        var roadmap = await db.Roadmaps.SingleOrDefaultAsync(r => r.CohortId == request.CohortId && r.TerritoryId == request.TerritoryId, cancellationToken)
            ?? Roadmap.Start(request.CohortId, request.TerritoryId);
        var validated = await RoadmapSharing.HasValidatedVersionAsync(db, roadmap.Id, cancellationToken);
        roadmap.Share(validated, request.Themes ?? [], request.Scope ?? SharingScope.Cohort, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return RoadmapSharing.From(roadmap, validated);
    }
}

internal static class RoadmapSharing
{
    public static Task<bool> HasValidatedVersionAsync(IParcoursDbContext db, Guid roadmapId, CancellationToken ct) =>
        db.RoadmapVersions.AnyAsync(v => v.RoadmapId == roadmapId && v.Outcome == ReviewOutcome.Validated, ct);

    public static RoadmapSharingDto From(Roadmap roadmap, bool validated) =>
        new(roadmap.CohortId, roadmap.TerritoryId, roadmap.SharedAtUtc is not null, roadmap.SharedAtUtc, roadmap.SharedThemes, validated, roadmap.SharedWith);
}
