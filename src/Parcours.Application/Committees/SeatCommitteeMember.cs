using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Committees;

/// <summary>An organisation takes a seat, represented by a person (or not yet).</summary>
public sealed record SeatCommitteeMember(string Organisation, DateOnly JoinedOn, Guid? PersonId = null) : ICommand<CommitteeDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
}

internal sealed class SeatCommitteeMemberValidator : AbstractValidator<SeatCommitteeMember>
{
    public SeatCommitteeMemberValidator() => RuleFor(x => x.Organisation).RequiredName("organisation");
}

internal sealed class SeatCommitteeMemberHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<SeatCommitteeMember, CommitteeDto>
{
    public async Task<CommitteeDto> Handle(SeatCommitteeMember request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: true, cancellationToken);
        if (request.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId && p.ErasedAtUtc == null, cancellationToken))
        {
            throw RequestValidationException.For("personId", "Cette personne n'existe pas.");
        }
        committee.Seat(request.Organisation, request.PersonId, request.JoinedOn);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.CommitteeAsync(db, committee, cancellationToken);
    }
}
