using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>A coordinator cancels a meeting: it is kept, marked cancelled with its reason, and its reminders stop.</summary>
public sealed record CancelMeeting(string? Reason = null) : ICommand<MeetingSummaryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class CancelMeetingValidator : AbstractValidator<CancelMeeting>
{
    public CancelMeetingValidator() =>
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Indiquez pourquoi la réunion est annulée.")
            .MaximumLength(2000).WithMessage("Le motif dépasse 2 000 caractères.");
}

internal sealed class CancelMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<CancelMeeting, MeetingSummaryDto>
{
    public async Task<MeetingSummaryDto> Handle(CancelMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Cancel(request.Reason!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingSummaryDto.From(meeting);
    }
}
