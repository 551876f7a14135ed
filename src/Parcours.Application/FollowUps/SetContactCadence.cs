using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.FollowUps;

/// <summary>The cohort's expected rhythm of individual contacts, in days.</summary>
public sealed record SetContactCadence(Guid CohortId, int Days) : ICommand<Done>;

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
