using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record AttendanceEntry(Guid PersonId, AttendanceStatus Status, string? Comment = null);

/// <summary>The coordinator fills in (part of) the sheet of a session; entries replace what was recorded for those people.</summary>
public sealed record RecordAttendance(IReadOnlyList<AttendanceEntry>? Entries = null) : ICommand<AttendanceSheetDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid SessionId { get; init; }
}

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Entries).NotNull().WithMessage("La liste des présences est obligatoire.")
            .Must(e => e is null || e.Count <= 10_000).WithMessage("10 000 lignes au plus.")
            .Must(e => e is null || e.Select(x => x.PersonId).Distinct().Count() == e.Count).WithMessage("Une personne figure deux fois.");
        RuleForEach(x => x.Entries).ChildRules(e =>
        {
            e.RuleFor(x => x.Status).KnownValue("statut");
            e.RuleFor(x => x.Comment).OptionalText("commentaire", 1000);
        });
    }
}

internal sealed class RecordAttendanceHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<RecordAttendance, AttendanceSheetDto>
{
    private static readonly string[] NotAMember = ["Cette personne n'a jamais fait partie d'un binôme de la promotion."];

    public async Task<AttendanceSheetDto> Handle(RecordAttendance request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        Rule(session.Status == SessionStatus.Cancelled, "session-cancelled", $"La session {session.Code} est annulée : aucune présence n'y est enregistrée.");
        Rule(session.StartsAtUtc is null, "session-not-scheduled", $"La session {session.Code} n'est pas encore datée.");

        var roster = await CohortRoster.LoadAsync(db, session.CohortId, cancellationToken);
        var strangers = request.Entries!.Select((e, i) => (e, i)).Where(x => !roster.Knows(x.e.PersonId)).ToList();
        if (strangers.Count > 0)
        {
            throw new RequestValidationException(strangers.ToDictionary(
                x => $"entries[{x.i}].personId", _ => NotAMember));
        }

        var ids = request.Entries!.Select(e => e.PersonId).ToList();
        var existing = await db.Attendances.Where(a => a.SessionId == session.Id && ids.Contains(a.PersonId)).ToDictionaryAsync(a => a.PersonId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in request.Entries!)
        {
            if (!existing.TryGetValue(entry.PersonId, out var attendance))
            {
                attendance = new Attendance(session.Id, session.CohortId, entry.PersonId);
                db.Attendances.Add(attendance);
            }
            attendance.Record(entry.Status, entry.Comment, access.Actor, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetAttendanceSheetHandler.BuildAsync(db, session, cancellationToken);
    }

    private static void Rule(bool broken, string code, string message)
    {
        if (broken) throw new DomainRuleException(code, message);
    }
}
