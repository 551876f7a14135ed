using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record ApologyDto(Guid SessionId, AttendanceStatus Status, string? Comment);

/// <summary>A catalyst excuses themself from a session before it starts.</summary>
public sealed record SendApology(string? Comment = null) : ICommand<ApologyDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid SessionId { get; init; }
}

internal sealed class SendApologyValidator : AbstractValidator<SendApology>
{
    public SendApologyValidator() => RuleFor(x => x.Comment).OptionalText("commentaire", 1000);
}

internal sealed class SendApologyHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<SendApology, ApologyDto>
{
    public async Task<ApologyDto> Handle(SendApology request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        var me = await access.PersonIdAsync(cancellationToken) ?? throw new NotFoundException("La session");
        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status == SessionStatus.Cancelled)
        {
            throw new DomainRuleException("session-cancelled", $"La session {session.Code} est annulée.");
        }
        if (session.StartsAtUtc is not { } start)
        {
            throw new DomainRuleException("session-not-dated",
                $"La session {session.Code} n'est pas encore datée : vous pourrez vous excuser dès que la coordination l'aura programmée.");
        }
        if (now >= start)
        {
            throw new DomainRuleException("apology-too-late", $"Une excuse s'envoie avant le début de la session {session.Code}.");
        }
        var attendance = await db.Attendances.SingleOrDefaultAsync(a => a.SessionId == session.Id && a.PersonId == me, cancellationToken);
        if (attendance is null)
        {
            attendance = new Attendance(session.Id, session.CohortId, me);
            db.Attendances.Add(attendance);
        }
        attendance.Record(AttendanceStatus.Excused, request.Comment, access.Actor, now);
        await db.SaveChangesAsync(cancellationToken);
        return new ApologyDto(session.Id, attendance.Status, attendance.Comment);
    }
}
