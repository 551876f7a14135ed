using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

public sealed record RecordDecision(DecisionKind Kind, string? Text = null, string? Owner = null, DateOnly? DueDate = null) : ICommand<DecisionDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class RecordDecisionValidator : AbstractValidator<RecordDecision>
{
    public RecordDecisionValidator()
    {
        RuleFor(x => x.Kind).KnownValue("type");
        RuleFor(x => x.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Le texte de la décision est obligatoire.")
            .MaximumLength(4000).WithMessage("Le texte dépasse 4 000 caractères.");
        RuleFor(x => x.Owner).OptionalText("responsable");
    }
}

internal sealed class RecordDecisionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<RecordDecision, DecisionDto>
{
    public async Task<DecisionDto> Handle(RecordDecision request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        var decision = new Decision(meeting, request.Kind, request.Text!, request.Owner, request.DueDate, clock.GetUtcNow().UtcDateTime);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return DecisionDto.From(decision);
    }
}
