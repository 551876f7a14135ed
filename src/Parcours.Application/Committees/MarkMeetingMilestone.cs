using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>A coordinator marks a meeting of the comité d'orientation as one of its three milestones (or as an ordinary meeting, with null).</summary>
public sealed record MarkMeetingMilestone(Milestone? Milestone = null) : ICommand<MeetingSummaryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class MarkMeetingMilestoneHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<MarkMeetingMilestone, MeetingSummaryDto>
{
    public async Task<MeetingSummaryDto> Handle(MarkMeetingMilestone request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        if (request.Milestone is { } milestone)
        {
            var taken = await db.CommitteeMeetings.AnyAsync(m => m.CommitteeId == committee.Id && m.Id != meeting.Id && m.Milestone == milestone
                && m.Status == MeetingStatus.Planned, cancellationToken);
            if (taken) throw new DomainRuleException("milestone-taken", "Une autre réunion du comité porte déjà ce jalon : retirez-le d'abord de celle-ci.");
        }
        meeting.MarkMilestone(committee, request.Milestone, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingSummaryDto.From(meeting);
    }
}
