using System.Text.Json.Serialization;
using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

public sealed record PlanMeeting(string Title, DateTime StartsAt, int DurationMinutes, string? TimeZone = null,
    string? Place = null, string? OnlineLink = null, IReadOnlyList<string>? Agenda = null) : ICommand<MeetingDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
}

internal sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(x => x.Title).RequiredName("intitulé");
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60).WithMessage("La durée est comprise entre 15 et 1 440 minutes.");
        RuleFor(x => x.Place).OptionalText("lieu", 500);
        RuleFor(x => x.OnlineLink).Must(l => l is null || (Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            .WithMessage("Le lien en ligne doit être une adresse http(s).");
        RuleFor(x => x.Agenda).Must(a => a is null || a.Count <= 50).WithMessage("50 points d'ordre du jour au plus.");
        RuleForEach(x => x.Agenda).MaximumLength(500).WithMessage("Un point d'ordre du jour dépasse 500 caractères.");
    }
}

internal sealed class PlanMeetingHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<PlanMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(PlanMeeting request, CancellationToken cancellationToken)
    {
        var startsAtUtc = FrenchTime.ToUtc(request.StartsAt, request.TimeZone, "startsAt");
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = CommitteeMeeting.Plan(committee, request.Title, startsAtUtc, DateOnly.FromDateTime(FrenchTime.ToParis(startsAtUtc)), request.DurationMinutes,
            request.Place, request.OnlineLink, request.Agenda ?? [], null, clock.GetUtcNow().UtcDateTime);
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await CommitteeViews.MeetingAsync(db, committee, meeting, cancellationToken);
    }
}
