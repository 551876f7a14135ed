using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Committees;
using Parcours.Domain.Committees;

namespace Parcours.Application.Reports;

/// <summary>The pack for a committee meeting: the report with its charts, optionally followed by the validated roadmaps.</summary>
public sealed record ExportProgressReportPdf(Guid CohortId, DateOnly? At, bool WithRoadmaps) : IQuery<FileContent>;

internal sealed class ExportProgressReportPdfHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer, Sessions.IAttendanceFigures attendance) : MediatR.IRequestHandler<ExportProgressReportPdf, FileContent>
{
    public async Task<FileContent> Handle(ExportProgressReportPdf request, CancellationToken cancellationToken)
    {
        await ReportAccess.EnsureAsync(db, access, clock, request.CohortId, cancellationToken);
        return await ProgressReportPack.RenderAsync(db, attendance, renderer, clock, request.CohortId, request.At ?? FrenchTime.Today(clock), request.WithRoadmaps, cancellationToken);
    }
}
