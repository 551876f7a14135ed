using System.Text.Json.Serialization;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>Who is invited: seats of the committee sitting on the meeting's day.</summary>
public sealed record InviteToMeeting(IReadOnlyList<Guid>? SeatIds = null) : ICommand<MeetingDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class InviteToMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<InviteToMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(InviteToMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Invite(committee, request.SeatIds ?? [], clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.MeetingAsync(db, committee, meeting, cancellationToken);
    }
}
