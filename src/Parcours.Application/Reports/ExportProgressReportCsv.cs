using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Committees;

namespace Parcours.Application.Reports;

/// <summary>One table of the report as CSV (UTF-8 with BOM, « ; »).</summary>
public sealed record ExportProgressReportCsv(Guid CohortId, DateOnly? At, string Table) : IQuery<FileContent>;

internal sealed class ExportProgressReportCsvHandler(IParcoursDbContext db, CallerAccess access, Sessions.IAttendanceFigures attendance, TimeProvider clock) : MediatR.IRequestHandler<ExportProgressReportCsv, FileContent>
{
    public async Task<FileContent> Handle(ExportProgressReportCsv request, CancellationToken cancellationToken)
    {
        await ReportAccess.EnsureAsync(db, access, clock, request.CohortId, cancellationToken);
        var report = await ProgressReportBuilder.BuildAsync(db, attendance, request.CohortId, request.At ?? FrenchTime.Today(clock), cancellationToken);
        var table = ReportTables.Table(report, request.Table)
            ?? throw new NotFoundException($"Le tableau « {request.Table} » (tableaux : {string.Join(", ", ReportTables.Names)})");
        return ReportTables.Csv(report, request.Table, table);
    }
}
