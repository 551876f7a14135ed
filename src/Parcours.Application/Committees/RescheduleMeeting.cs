using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;

namespace Parcours.Application.Committees;

/// <summary>A coordinator moves a meeting (Paris wall-clock time, or with an offset); its reminders follow.</summary>
public sealed record RescheduleMeeting(DateTime StartsAt, int DurationMinutes = 180, string? TimeZone = null) : ICommand<MeetingSummaryDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class RescheduleMeetingValidator : AbstractValidator<RescheduleMeeting>
{
    public RescheduleMeetingValidator() =>
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60).WithMessage("La durée est comprise entre 15 et 1 440 minutes.");
}

internal sealed class RescheduleMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<RescheduleMeeting, MeetingSummaryDto>
{
    public async Task<MeetingSummaryDto> Handle(RescheduleMeeting request, CancellationToken cancellationToken)
    {
        var startsAtUtc = FrenchTime.ToUtc(request.StartsAt, request.TimeZone, "startsAt");
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: true, cancellationToken);
        meeting.Reschedule(committee, startsAtUtc, DateOnly.FromDateTime(FrenchTime.ToParis(startsAtUtc)), request.DurationMinutes, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingSummaryDto.From(meeting);
    }
}
