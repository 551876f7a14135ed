using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

/// <summary>The binôme saves the actions table (all rows at once), stating the version they started from.</summary>
public sealed record WriteRoadmapActions(IReadOnlyList<RoadmapAction>? Actions = null, int? Version = null) : ICommand<RoadmapDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class WriteRoadmapActionsValidator : AbstractValidator<WriteRoadmapActions>
{
    public WriteRoadmapActionsValidator()
    {
        RuleFor(x => x.Actions).NotNull().WithMessage("La liste des actions est obligatoire (elle peut être vide).");
        RuleFor(x => x.Actions).Must(a => a is null || a.Count <= Roadmap.ActionsMax).WithMessage($"{Roadmap.ActionsMax} actions au plus.");
        RuleForEach(x => x.Actions).SetValidator(new RoadmapActionValidator());
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

/// <summary>The rules of one action, shared by every write that carries an actions table.</summary>
internal sealed class RoadmapActionValidator : AbstractValidator<RoadmapAction>
{
    public RoadmapActionValidator()
    {
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Chaque action a un intitulé.")
            .MaximumLength(500).WithMessage("Un intitulé d'action dépasse 500 caractères.");
        RuleFor(x => x.Partners).OptionalText("partenaires", 500);
        RuleFor(x => x.Owner).OptionalText("responsable");
        RuleFor(x => x.Indicator).OptionalText("indicateur", 500);
        RuleFor(x => x.Status).KnownValue("statut");
    }
}

internal sealed class WriteRoadmapActionsHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<WriteRoadmapActions, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(WriteRoadmapActions request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: true, cancellationToken);
        var actions = request.Actions!.Select(a => a with { Title = a.Title.Trim() }).ToList();
        return await Roadmaps.WriteAsync(db, roadmap, () => roadmap.WriteActions(Roadmaps.StartingVersion(request.Version), actions, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
