using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record SectionText(string Key, string? Text);

/// <summary>
/// The binôme saves the whole roadmap in one write — the sections it names and, when given, the
/// actions table — stating the version it started from: one new version, the same conflict rule as
/// a section (a stale write is refused with the current text).
/// </summary>
public sealed record WriteRoadmap(IReadOnlyList<SectionText>? Sections = null, IReadOnlyList<RoadmapAction>? Actions = null, int? Version = null)
    : ICommand<RoadmapDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
    [JsonIgnore] public Guid TerritoryId { get; init; }
}

internal sealed class WriteRoadmapValidator : AbstractValidator<WriteRoadmap>
{
    public WriteRoadmapValidator()
    {
        RuleFor(x => x).Must(x => x.Sections is { Count: > 0 } || x.Actions is not null).OverridePropertyName("sections")
            .WithMessage("Envoyez des sections, des actions, ou les deux.");
        RuleFor(x => x.Sections).Must(s => s is null || s.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == s.Count)
            .WithMessage("Une section n'apparaît qu'une fois.");
        RuleForEach(x => x.Sections).ChildRules(s =>
        {
            s.RuleFor(x => x.Key).Must(k => !string.IsNullOrWhiteSpace(k)).WithMessage("Chaque section porte sa clé (« enjeux », « freins »…).");
            s.RuleFor(x => x.Text).NotNull().WithMessage("Le texte de la section est obligatoire (il peut être vide).")
                .MaximumLength(Roadmap.SectionMax).WithMessage($"La section dépasse {Roadmap.SectionMax} caractères.");
        });
        RuleFor(x => x.Actions).Must(a => a is null || a.Count <= Roadmap.ActionsMax).WithMessage($"{Roadmap.ActionsMax} actions au plus.");
        RuleForEach(x => x.Actions).SetValidator(new RoadmapActionValidator());
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0).WithMessage("Indiquez la version de départ (0 pour une feuille de route jamais enregistrée).");
    }
}

internal sealed class WriteRoadmapHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<WriteRoadmap, RoadmapDto>
{
    public async Task<RoadmapDto> Handle(WriteRoadmap request, CancellationToken cancellationToken)
    {
        (await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken)).EnsurePair();
        var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: true, cancellationToken);
        var sections = (request.Sections ?? []).ToDictionary(s => s.Key, s => s.Text!, StringComparer.Ordinal);
        var actions = request.Actions?.Select(a => a with { Title = a.Title.Trim() }).ToList();
        return await Roadmaps.WriteAsync(db, roadmap,
            () => roadmap.Write(Roadmaps.StartingVersion(request.Version), sections, actions, access.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
