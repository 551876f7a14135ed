using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.FollowUps;

/// <summary>The cohort's expected rhythm of individual contacts, in days.</summary>
public sealed record SetContactCadence(int Days) : ICommand<Done>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class SetContactCadenceHandler(IParcoursDbContext db) : MediatR.IRequestHandler<SetContactCadence, Done>
{
    public async Task<Done> Handle(SetContactCadence request, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FindAsync([request.CohortId], cancellationToken) ?? throw NotFoundException.Cohort();
        cohort.SetContactCadence(request.Days);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
