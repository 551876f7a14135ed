using System.Text.Json.Serialization;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.FollowUps;

namespace Parcours.Application.FollowUps;

/// <summary>Ends an assignment: from the day after, the coach no longer reads nor writes for that territory.</summary>
public sealed record EndCoachAssignment(DateOnly UntilDate) : ICommand<Done>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class EndCoachAssignmentHandler(IParcoursDbContext db) : MediatR.IRequestHandler<EndCoachAssignment, Done>
{
    public async Task<Done> Handle(EndCoachAssignment request, CancellationToken cancellationToken)
    {
        var assignment = await db.CoachAssignments.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException("Cet accompagnement");
        assignment.End(request.UntilDate);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
