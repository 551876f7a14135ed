using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

public sealed record GetMeeting(Guid CommitteeId, Guid MeetingId) : IQuery<MeetingDto>;

internal sealed class GetMeetingHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<GetMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(GetMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        return await CommitteeViews.MeetingAsync(db, committee, meeting, cancellationToken);
    }
}
