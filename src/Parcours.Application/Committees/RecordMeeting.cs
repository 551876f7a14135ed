using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>After the meeting: who was present, and the minutes.</summary>
public sealed record RecordMeeting(Guid CommitteeId, Guid MeetingId, IReadOnlyList<Guid>? PresentSeatIds, string? Minutes) : ICommand<MeetingDto>;

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator() => RuleFor(x => x.Minutes).OptionalText("compte rendu", 50_000);
}

internal sealed class RecordMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<RecordMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(RecordMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, clock, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Record(committee, request.PresentSeatIds ?? [], request.Minutes, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.MeetingAsync(db, committee, meeting, cancellationToken);
    }
}
