using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

public sealed record FieldVisitDto(Guid Id, Guid CohortId, Guid HostTerritoryId, string HostTerritoryName, DateOnly Date,
    IReadOnlyList<Visitor> Visitors, string Purpose, string? Learnings, Guid? FollowUpEntryId);

/// <summary>
/// A visit to a territory (peer visits welcome: visitors may come from other territories), linked to
/// the host's follow-up when a note was written. Coordinators and the host's coaches record it.
/// </summary>
public sealed record RecordFieldVisit(Guid HostTerritoryId, DateOnly Date, IReadOnlyList<Visitor>? Visitors = null,
    string? Purpose = null, string? Learnings = null, Guid? FollowUpEntryId = null) : ICommand<FieldVisitDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class RecordFieldVisitValidator : AbstractValidator<RecordFieldVisit>
{
    public RecordFieldVisitValidator()
    {
        RuleFor(x => x.Purpose).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("L'objet de la visite est obligatoire.")
            .MaximumLength(2000).WithMessage("L'objet dépasse 2 000 caractères.");
        RuleFor(x => x.Learnings).OptionalText("enseignements", 8000);
        RuleFor(x => x.Visitors).NotNull().WithMessage("Indiquez au moins un visiteur.")
            .Must(v => v is null || (v.Count is >= 1 and <= 100)).WithMessage("De 1 à 100 visiteurs.");
        RuleForEach(x => x.Visitors).ChildRules(v => v.RuleFor(p => p.Name).RequiredName("visiteur"));
    }
}

internal sealed class RecordFieldVisitHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<RecordFieldVisit, FieldVisitDto>
{
    public async Task<FieldVisitDto> Handle(RecordFieldVisit request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        scope.EnsureCanWrite(request.HostTerritoryId);
        var host = await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.HostTerritoryId, cancellationToken)
            ?? throw NotFoundException.Territory();
        var visitorTerritories = request.Visitors!.Where(v => v.TerritoryId is not null).Select(v => v.TerritoryId!.Value).Distinct().ToList();
        var known = await db.Participations.CountAsync(p => p.CohortId == request.CohortId && visitorTerritories.Contains(p.TerritoryId), cancellationToken);
        if (known != visitorTerritories.Count)
        {
            throw RequestValidationException.For("visitors", "Un visiteur vient d'un territoire qui n'est pas dans la promotion.");
        }
        FollowUpEntry? entry = null;
        if (request.FollowUpEntryId is { } entryId)
        {
            entry = await db.FollowUpEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.CohortId == request.CohortId && e.TerritoryId == request.HostTerritoryId, cancellationToken)
                ?? throw RequestValidationException.For("followUpEntryId", "Cette note n'appartient pas au suivi du territoire visité.");
        }
        var visit = new FieldVisit(request.CohortId, request.HostTerritoryId, request.Date, request.Visitors!, request.Purpose!, request.Learnings, clock.GetUtcNow().UtcDateTime);
        visit.Update(visit.Date, visit.Visitors, visit.Purpose, visit.Learnings, entry?.Id);
        entry?.LinkVisit(visit.Id);
        db.FieldVisits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return new FieldVisitDto(visit.Id, visit.CohortId, visit.HostTerritoryId, host.TerritoryName, visit.Date, visit.Visitors, visit.Purpose, visit.Learnings, visit.FollowUpEntryId);
    }
}
