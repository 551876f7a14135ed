using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>Where the caller stands with a session's questionnaire: whether it is open to them, until when, and whether they answered.</summary>
public sealed record MyFeedbackDto(Guid SessionId, string Code, string Title, DateOnly? OpensOn, DateOnly? ClosesOn, bool Attended, bool Answered, bool CanAnswer, string Status);

public sealed record GetMySessionFeedback(Guid SessionId) : IQuery<MyFeedbackDto>;

internal sealed class GetMySessionFeedbackHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetMySessionFeedback, MyFeedbackDto>
{
    public async Task<MyFeedbackDto> Handle(GetMySessionFeedback request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        var me = await MyPerson.IdAsync(access, cancellationToken);
        var (attended, answered) = await SessionFeedbackTally.ParticipantAsync(db, session.Id, me, cancellationToken);
        var day = SessionFeedbackTally.Day(session);
        var closes = SessionFeedback.ClosingDay(day);
        var today = FrenchTime.Today(clock);
        // The domain's own rules say why not; the page thanks those who answered.
        var refusal = SessionFeedback.Refusal(session, day, today, attended, answered);
        var (canAnswer, status) =
            answered ? (false, "Vous avez répondu au questionnaire de cette séance. Merci !")
            : refusal is { } r ? (false, r.Message)
            : (true, $"Votre avis est attendu jusqu'au {closes:dd/MM/yyyy}.");
        return new MyFeedbackDto(session.Id, session.Code, session.Title, day, closes, attended, answered, canAnswer, status);
    }
}
