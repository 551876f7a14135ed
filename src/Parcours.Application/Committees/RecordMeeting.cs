using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>After the meeting: who was present, and the minutes.</summary>
public sealed record RecordMeeting(IReadOnlyList<Guid>? PresentSeatIds = null, string? Minutes = null) : ICommand<MeetingDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator() => RuleFor(x => x.Minutes).OptionalText("compte rendu", 50_000);
}

internal sealed class RecordMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<RecordMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(RecordMeeting request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Record(committee, request.PresentSeatIds ?? [], request.Minutes, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.MeetingAsync(db, committee, meeting, cancellationToken);
    }
}
