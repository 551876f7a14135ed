using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>Follows a decision from meeting to meeting: open, in progress, done or dropped, each change kept.</summary>
public sealed record MoveDecision(DecisionStatus Status, string? Comment = null) : ICommand<DecisionDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid DecisionId { get; init; }
}

internal sealed class MoveDecisionValidator : AbstractValidator<MoveDecision>
{
    public MoveDecisionValidator()
    {
        RuleFor(x => x.Status).KnownValue("statut");
        RuleFor(x => x.Comment).OptionalText("commentaire", 2000);
    }
}

internal sealed class MoveDecisionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<MoveDecision, DecisionDto>
{
    public async Task<DecisionDto> Handle(MoveDecision request, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.FindAsync([request.DecisionId], cancellationToken) ?? throw new NotFoundException("Cette décision");
        decision.Move(request.Status, request.Comment, access.Actor, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return DecisionDto.From(decision);
    }
}
