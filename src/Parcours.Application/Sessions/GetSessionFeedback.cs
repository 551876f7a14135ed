using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>A comment, signed when its author chose to sign.</summary>
public sealed record FeedbackCommentDto(string? TakeAway, string? Missing, string? Author);

public sealed record SessionFeedbackDto(Guid SessionId, string Code, string Title, DateOnly? ClosesOn, int Attendees, FeedbackTallyDto Tally,
    IReadOnlyList<FeedbackCommentDto> Comments);

/// <summary>The coordination reads what participants thought of a session: counts, averages, comments (in no particular order).</summary>
public sealed record GetSessionFeedback(Guid SessionId) : IQuery<SessionFeedbackDto>;

internal sealed class GetSessionFeedbackHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<GetSessionFeedback, SessionFeedbackDto>
{
    public async Task<SessionFeedbackDto> Handle(GetSessionFeedback request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        // The results are the coordination's: a participant reading the cohort does not read the others' answers.
        if (!access.IsCoordinator) throw new Common.Exceptions.NotFoundException("La session");
        var attendees = await db.Attendances.CountAsync(a => a.SessionId == session.Id && a.Status == AttendanceStatus.Present, cancellationToken);
        var tally = (await SessionFeedbackTally.OfAsync(db, [session.Id], cancellationToken)).GetValueOrDefault(session.Id)
            ?? new FeedbackTallyDto(session.Id, 0, null, null, null);
        // Ordered by the answers' random ids: no order that would follow when, or by whom, they were given.
        var comments = await (from f in db.SessionFeedbacks.AsNoTracking()
                              where f.SessionId == session.Id && (f.TakeAway != null || f.Missing != null)
                              join p in db.People.AsNoTracking() on f.PersonId equals (Guid?)p.Id into authors
                              from p in authors.DefaultIfEmpty()
                              orderby f.Id
                              select new FeedbackCommentDto(f.TakeAway, f.Missing, p == null ? null : p.FirstName + " " + p.LastName))
            .ToListAsync(cancellationToken);
        return new SessionFeedbackDto(session.Id, session.Code, session.Title, SessionFeedback.ClosingDay(SessionFeedbackTally.Day(session)), attendees, tally, comments);
    }
}
