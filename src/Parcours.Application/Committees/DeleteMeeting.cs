using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;

namespace Parcours.Application.Committees;

/// <summary>
/// A coordinator deletes a meeting entered by mistake — never one that took place, nor one that
/// holds decisions or documents (cancel it instead: it stays in the record).
/// </summary>
public sealed record DeleteMeeting(Guid CommitteeId, Guid MeetingId) : ICommand<Done>;

internal sealed class DeleteMeetingHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<DeleteMeeting, Done>
{
    public async Task<Done> Handle(DeleteMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Delete();
        var holds = await db.Decisions.AnyAsync(d => d.MeetingId == meeting.Id, cancellationToken)
            || await db.CommitteeDocuments.AnyAsync(d => d.MeetingId == meeting.Id, cancellationToken);
        if (holds) throw new DomainRuleException("meeting-has-records", "Cette réunion porte des décisions ou des documents : annulez-la plutôt que de la supprimer.");
        db.CommitteeMeetings.Remove(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
