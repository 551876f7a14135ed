using Parcours.Application.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>A coordinator, or a coach assigned to the territory, records a contact.</summary>
public sealed record RecordFollowUp(Guid CohortId, Guid TerritoryId, FollowUpInput Input) : ICommand<FollowUpDto>;

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator() => RuleFor(x => x.Input).SetValidator(new FollowUpInputValidator()).OverridePropertyName("");
}

internal sealed class RecordFollowUpHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<RecordFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(RecordFollowUp request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        scope.EnsureCanWrite(request.TerritoryId);
        if (!await db.Participations.AnyAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken))
        {
            throw NotFoundException.Territory();
        }
        await KnownPeople.EnsureAsync(db, NextStepOwners(request.Input), cancellationToken);
        var entry = FollowUpEntry.Record(request.CohortId, request.TerritoryId, request.Input.ToContent(), access.Actor, clock.GetUtcNow().UtcDateTime);
        db.FollowUpEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return FollowUpDto.From(entry, FrenchTime.Today(clock), withRevisions: true);
    }

    public static IReadOnlyList<(string, Guid?)> NextStepOwners(FollowUpInput input) =>
        [.. (input.NextSteps ?? []).Select((s, i) => ($"nextSteps[{i}].ownerPersonId", s.OwnerPersonId))];
}
