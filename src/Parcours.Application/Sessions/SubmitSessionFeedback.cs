using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record FeedbackGivenDto(Guid SessionId, bool Anonymous, string Message);

/// <summary>
/// A catalyst who attended a session answers its questionnaire, once, within thirty days; anonymously if
/// they choose (then not even the coordination can trace the answer back to them).
/// </summary>
public sealed record SubmitSessionFeedback(int ContentScore, int WorkshopScore, int GuestScore, string? TakeAway = null, string? Missing = null,
    bool Anonymous = false) : ICommand<FeedbackGivenDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid SessionId { get; init; }
}

internal sealed class SubmitSessionFeedbackValidator : AbstractValidator<SubmitSessionFeedback>
{
    public SubmitSessionFeedbackValidator()
    {
        RuleFor(x => x.ContentScore).InclusiveBetween(1, 5).WithMessage("La note du contenu va de 1 à 5.");
        RuleFor(x => x.WorkshopScore).InclusiveBetween(1, 5).WithMessage("La note de l'atelier va de 1 à 5.");
        RuleFor(x => x.GuestScore).InclusiveBetween(1, 5).WithMessage("La note de la rencontre inspirante va de 1 à 5.");
        RuleFor(x => x.TakeAway).OptionalText("ce que vous retenez", SessionFeedback.TextMax);
        RuleFor(x => x.Missing).OptionalText("ce qui a manqué", SessionFeedback.TextMax);
    }
}

internal sealed class SubmitSessionFeedbackHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<SubmitSessionFeedback, FeedbackGivenDto>
{
    public async Task<FeedbackGivenDto> Handle(SubmitSessionFeedback request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        var me = await MyPerson.IdAsync(access, cancellationToken);
        var (attended, answered) = await SessionFeedbackTally.ParticipantAsync(db, session.Id, me, cancellationToken);
        var (answer, receipt) = SessionFeedback.Give(session, SessionFeedbackTally.Day(session), FrenchTime.Today(clock), me, attended, answered,
            request.ContentScore, request.WorkshopScore, request.GuestScore, request.TakeAway, request.Missing, request.Anonymous);
        db.SessionFeedbacks.Add(answer);
        db.FeedbackReceipts.Add(receipt);
        await db.SaveChangesAsync(cancellationToken);
        return new FeedbackGivenDto(session.Id, request.Anonymous, request.Anonymous
            ? $"Merci : votre avis sur {session.Code} est enregistré, sans votre nom."
            : $"Merci : votre avis sur {session.Code} est enregistré.");
    }
}
