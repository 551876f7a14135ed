using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>A member of the binôme saves one section, stating the version they started from.</summary>
public sealed record WriteRoadmapSection(string? Text = null, int? Version = null) : ICommand<RoadmapDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
    [JsonIgnore] public string SectionKey { get; init; } = "";
}

internal sealed class WriteRoadmapSectionValidator : AbstractValidator<WriteRoadmapSection>
{
    public WriteRoadmapSectionValidator()
    {
        RuleFor(x => x.Text).NotNull().WithMessage("Le texte de la section est obligatoire (il peut être vide).")
            .MaximumLength(Roadmap.SectionMax).WithMessage($"La section dépasse {Roadmap.SectionMax} caractères.");
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0).WithMessage("Indiquez la version de départ (0 pour une feuille de route jamais enregistrée).");
    }
}

internal sealed class WriteRoadmapSectionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<WriteRoadmapSection, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(WriteRoadmapSection request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: true, cancellationToken);
        return await Roadmaps.WriteAsync(db, roadmap,
            () => roadmap.WriteSection(Roadmaps.StartingVersion(request.Version), request.SectionKey, request.Text!, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
