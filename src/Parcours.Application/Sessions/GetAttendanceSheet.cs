using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record AttendanceRowDto(
    Guid PersonId, string FirstName, string LastName, Guid TerritoryId, string TerritoryName,
    AttendanceStatus? Status, string StatusLabel, string? Comment, string? RecordedBy, DateTime? RecordedAtUtc);

public sealed record AttendanceSheetDto(Guid SessionId, string Code, DateTime? StartsAt, int Present, int Excused, int Absent, int NotRecorded,
    int TerritoriesExpected, int TerritoriesRepresented, IReadOnlyList<AttendanceRowDto> Rows);

/// <summary>The attendance sheet of one session: every member expected that day, and anyone else recorded.</summary>
public sealed record GetAttendanceSheet(Guid SessionId) : IQuery<AttendanceSheetDto>;

internal sealed class GetAttendanceSheetHandler(IParcoursDbContext db, CallerAccess access)
    : MediatR.IRequestHandler<GetAttendanceSheet, AttendanceSheetDto>
{
    public async Task<AttendanceSheetDto> Handle(GetAttendanceSheet request, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.LoadAsync(db, access, request.SessionId, tracking: false, cancellationToken);
        return await BuildAsync(db, session, cancellationToken);
    }

    internal static async Task<AttendanceSheetDto> BuildAsync(IParcoursDbContext db, CollectiveSession session, CancellationToken ct)
    {
        var roster = await CohortRoster.LoadAsync(db, session.CohortId, ct);
        var records = await db.Attendances.AsNoTracking().Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.PersonId, ct);
        var people = roster.OnSheet(session, records.ContainsKey);
        var rows = people.Select(m =>
        {
            var record = records.GetValueOrDefault(m.PersonId);
            return new AttendanceRowDto(m.PersonId, m.FirstName, m.LastName, m.TerritoryId, m.TerritoryName, record?.Status,
                CohortRoster.Label(record?.Status), record?.Comment, record?.RecordedBy, record?.RecordedAtUtc);
        }).ToList();
        return new AttendanceSheetDto(session.Id, session.Code, session.StartsAtUtc is { } s ? FrenchTime.ToParis(s) : null,
            rows.Count(r => r.Status == AttendanceStatus.Present), rows.Count(r => r.Status == AttendanceStatus.Excused),
            rows.Count(r => r.Status == AttendanceStatus.Absent), rows.Count(r => r.Status is null),
            rows.Select(r => r.TerritoryId).Distinct().Count(),
            rows.Where(r => r.Status == AttendanceStatus.Present).Select(r => r.TerritoryId).Distinct().Count(), rows);
    }
}
