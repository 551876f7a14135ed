using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.Pairs;
using Parcours.Domain.Territories;

namespace Parcours.Application.Pairs;

/// <summary>Forms the binôme of an accepted territory from two catalysts.</summary>
public sealed record FormPair(Guid TerritoryId, DateOnly FromDate, IReadOnlyList<Guid>? MemberIds = null) : ICommand<PairDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CohortId { get; init; }
}

internal sealed class FormPairValidator : AbstractValidator<FormPair>
{
    public FormPairValidator()
    {
        RuleFor(x => x.TerritoryId).NotEmpty().WithMessage("Le territoire est obligatoire.");
        RuleFor(x => x.MemberIds).NotNull().WithMessage("Les deux membres du binôme sont obligatoires.")
            .Must(ids => ids is null || ids.Count == Pair.Size).WithMessage("Un binôme réunit exactement deux catalyseurs.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Un binôme réunit deux personnes différentes.");
    }
}

internal sealed class FormPairHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<FormPair, PairDto>
{
    public async Task<PairDto> Handle(FormPair request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var participation = await db.Participations.AsNoTracking()
            .SingleOrDefaultAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken)
            ?? throw RequestValidationException.For("territoryId", "Ce territoire n'est pas sollicité pour cette promotion.");
        if (participation.Status != ParticipationStatus.Accepted)
        {
            throw new DomainRuleException("pair-territory-not-accepted",
                $"Un binôme ne se forme que pour un territoire qui a accepté ; celui-ci est « {Participation.Label(participation.Status)} ».");
        }
        if (await db.Pairs.AnyAsync(p => p.CohortId == request.CohortId && p.TerritoryId == request.TerritoryId, cancellationToken))
        {
            throw new DomainRuleException("pair-exists", "Ce territoire a déjà son binôme : remplacez un membre plutôt que d'en former un second.");
        }
        foreach (var personId in request.MemberIds!)
        {
            await PairLoader.EnsurePersonFreeAsync(db, request.CohortId, personId, cancellationToken);
        }
        var pair = Pair.Form(request.CohortId, request.TerritoryId, request.MemberIds![0], request.MemberIds[1], request.FromDate, clock.GetUtcNow().UtcDateTime);
        db.Pairs.Add(pair);
        await db.SaveChangesAsync(cancellationToken);
        return (await PairLoader.ToDtosAsync(db, [pair], cancellationToken))[0];
    }
}
