using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

public sealed record CreateCommittee(CommitteeKind Kind, string? Name = null) : ICommand<CommitteeDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class CreateCommitteeValidator : AbstractValidator<CreateCommittee>
{
    public CreateCommitteeValidator()
    {
        RuleFor(x => x.Kind).KnownValue("type de comité");
        RuleFor(x => x.Name).OptionalText("nom");
    }
}

internal sealed class CreateCommitteeHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<CreateCommittee, CommitteeDto>
{
    public async Task<CommitteeDto> Handle(CreateCommittee request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        if (await db.Committees.AnyAsync(c => c.CohortId == request.CohortId && c.Kind == request.Kind, cancellationToken))
        {
            throw new DomainRuleException("committee-exists", $"La promotion a déjà son {Committee.DefaultName(request.Kind).ToLowerInvariant()}.");
        }
        var committee = Committee.Create(request.CohortId, request.Kind, request.Name);
        db.Committees.Add(committee);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.CommitteeAsync(db, committee, cancellationToken);
    }
}
