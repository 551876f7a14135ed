using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Csv;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// Attendance of a cohort as French Excel opens it: UTF-8 with BOM, « ; », one line per person
/// and dated session (expected that day, or recorded).
/// </summary>
public sealed record ExportAttendance(Guid CohortId) : IQuery<FileContent>;

internal sealed class ExportAttendanceHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ExportAttendance, FileContent>
{
    public async Task<FileContent> Handle(ExportAttendance request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CohortId == request.CohortId && s.StartsAtUtc != null)
            .OrderBy(s => s.Number).ToListAsync(cancellationToken);
        var roster = await CohortRoster.LoadAsync(db, request.CohortId, cancellationToken);
        var records = (await db.Attendances.AsNoTracking().Where(a => a.CohortId == request.CohortId).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.SessionId, a.PersonId));

        var text = new StringBuilder();
        text.Append(CsvText.Line(["Territoire", "Nom", "Prénom", "E-mail", "Session", "Date", "Statut", "Commentaire"])).Append("\r\n");
        foreach (var session in sessions)
        {
            var people = roster.OnSheet(session, personId => records.ContainsKey((session.Id, personId)));
            var date = FrenchTime.ToParis(session.StartsAtUtc!.Value).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var m in people)
            {
                var record = records.GetValueOrDefault((session.Id, m.PersonId));
                var status = session.Status == SessionStatus.Cancelled ? "Session annulée" : CohortRoster.Label(record?.Status);
                text.Append(CsvText.Line([m.TerritoryName, m.LastName, m.FirstName, m.Email, $"{session.Code} — {session.Title}", date, status, record?.Comment]))
                    .Append("\r\n");
            }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new FileContent("presences.csv", bytes);
    }
}
