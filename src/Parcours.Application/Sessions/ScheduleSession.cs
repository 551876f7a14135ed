using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// Dates a session (wall-clock time of <see cref="TimeZone"/>, Europe/Paris by default). A session
/// already dated keeps its former dates in its history. The path's order and the réalisation phase
/// are checked against the cohort's other sessions.
/// </summary>
public sealed record ScheduleSession(DateTime StartsAt, int DurationMinutes, string? TimeZone = null, string? OutsidePhaseReason = null, string? Reason = null)
    : ICommand<SessionDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid Id { get; init; }
}

internal sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSession>
{
    public ScheduleSessionValidator()
    {
        RuleFor(x => x.DurationMinutes).InclusiveBetween(15, 24 * 60).WithMessage("La durée est comprise entre 15 et 1 440 minutes.");
        RuleFor(x => x.StartsAt).Must(d => d.Year is >= 2000 and <= 2100).WithMessage("La date de début est hors des années 2000 à 2100.");
        RuleFor(x => x.OutsidePhaseReason).OptionalText("motif hors phase", Validation.TextMax);
        RuleFor(x => x.Reason).OptionalText("motif du changement", Validation.TextMax);
    }
}

internal sealed class ScheduleSessionHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ScheduleSession, SessionDto>
{
    public async Task<SessionDto> Handle(ScheduleSession request, CancellationToken cancellationToken)
    {
        var startsAtUtc = FrenchTime.ToUtc(request.StartsAt, request.TimeZone, "startsAt");
        var session = await SessionAccess.LoadAsync(db, access, request.Id, tracking: true, cancellationToken);
        session.Schedule(startsAtUtc, request.DurationMinutes, request.OutsidePhaseReason, request.Reason, access.Actor, clock.GetUtcNow().UtcDateTime);
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Phases).SingleAsync(c => c.Id == session.CohortId, cancellationToken);
        var path = await db.Sessions.Where(s => s.CohortId == session.CohortId).ToListAsync(cancellationToken);
        SessionPath.Check(cohort, path);
        await db.SaveChangesAsync(cancellationToken);
        return SessionDto.From(session);
    }
}
