using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

public sealed record CoachAssignmentDto(Guid Id, Guid CohortId, Guid TerritoryId, string TerritoryName, Guid CoachPersonId, string CoachName, DateOnly FromDate, DateOnly? UntilDate);

/// <summary>A coordinator assigns a coach (a person whose account has the Coach role) to a territory of a cohort.</summary>
public sealed record AssignCoach(Guid TerritoryId, Guid CoachPersonId, DateOnly FromDate) : ICommand<CoachAssignmentDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class AssignCoachHandler(IParcoursDbContext db, CallerAccess access, IAccountService accounts) : MediatR.IRequestHandler<AssignCoach, CoachAssignmentDto>
{
    public async Task<CoachAssignmentDto> Handle(AssignCoach request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var territory = await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken)
            ?? throw RequestValidationException.For("territoryId", "Ce territoire n'est pas sollicité pour cette promotion.");
        var coach = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.CoachPersonId && p.ErasedAtUtc == null, cancellationToken)
            ?? throw RequestValidationException.For("coachPersonId", "Cette personne n'existe pas.");
        var account = coach.UserId is null ? null : await accounts.FindAsync(coach.UserId, cancellationToken);
        if (account is null || !account.Roles.Contains(Roles.Coach))
        {
            throw RequestValidationException.For("coachPersonId", $"{coach.FullName} n'a pas de compte d'accompagnateur : un administrateur doit lui en ouvrir un.");
        }
        if (await db.CoachAssignments.AnyAsync(a => a.CohortId == request.CohortId && a.TerritoryId == request.TerritoryId
                && a.CoachPersonId == request.CoachPersonId && a.UntilDate == null, cancellationToken))
        {
            throw new DomainRuleException("assignment-exists", $"{coach.FullName} accompagne déjà « {territory.TerritoryName} ».");
        }
        var assignment = new CoachAssignment(request.CohortId, request.TerritoryId, request.CoachPersonId, request.FromDate);
        db.CoachAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return new CoachAssignmentDto(assignment.Id, assignment.CohortId, assignment.TerritoryId, territory.TerritoryName, coach.Id, coach.FullName, assignment.FromDate, null);
    }
}
