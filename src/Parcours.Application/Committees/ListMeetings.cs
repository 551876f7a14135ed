using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

public sealed record ListMeetings(Guid CommitteeId) : IQuery<IReadOnlyList<MeetingSummaryDto>>;

internal sealed class ListMeetingsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListMeetings, IReadOnlyList<MeetingSummaryDto>>
{
    public async Task<IReadOnlyList<MeetingSummaryDto>> Handle(ListMeetings request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meetings = await db.CommitteeMeetings.AsNoTracking().Where(m => m.CommitteeId == committee.Id).OrderBy(m => m.StartsAtUtc).ToListAsync(cancellationToken);
        return [.. meetings.Select(MeetingSummaryDto.From)];
    }
}
