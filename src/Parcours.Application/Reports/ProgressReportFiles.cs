using System.Security.Cryptography;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Committees;
using Parcours.Domain.Committees;

namespace Parcours.Application.Reports;

/// <summary>One table of the report as CSV (UTF-8 with BOM, « ; »).</summary>
public sealed record ProgressReportCsv(Guid CohortId, DateOnly? At, string Table) : IQuery<FileContent>;

internal sealed class ProgressReportCsvHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock) : MediatR.IRequestHandler<ProgressReportCsv, FileContent>
{
    public async Task<FileContent> Handle(ProgressReportCsv request, CancellationToken cancellationToken)
    {
        await ReportAccess.EnsureAsync(db, access, clock, request.CohortId, cancellationToken);
        var report = await ProgressReportBuilder.BuildAsync(db, request.CohortId, request.At ?? FrenchTime.Today(clock), cancellationToken);
        var table = ReportTables.Table(report, request.Table)
            ?? throw new NotFoundException($"Le tableau « {request.Table} » (tableaux : {string.Join(", ", ReportTables.Names)})");
        return ReportTables.Csv(report, request.Table, table);
    }
}

/// <summary>The pack for a committee meeting: the report with its charts, optionally followed by the validated roadmaps.</summary>
public sealed record ProgressReportPdf(Guid CohortId, DateOnly? At, bool WithRoadmaps) : IQuery<FileContent>;

internal sealed class ProgressReportPdfHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer) : MediatR.IRequestHandler<ProgressReportPdf, FileContent>
{
    public async Task<FileContent> Handle(ProgressReportPdf request, CancellationToken cancellationToken)
    {
        await ReportAccess.EnsureAsync(db, access, clock, request.CohortId, cancellationToken);
        return await ProgressReportPack.RenderAsync(db, renderer, clock, request.CohortId, request.At ?? FrenchTime.Today(clock), request.WithRoadmaps, cancellationToken);
    }
}

/// <summary>
/// Attaches the pack to a committee meeting, frozen: the PDF is stored as it is now, and what
/// members received stays readable as it was, whatever changes afterwards.
/// </summary>
public sealed record AttachProgressReport(Guid CommitteeId, Guid MeetingId, DateOnly? At, bool WithRoadmaps) : ICommand<DocumentDto>;

internal sealed class AttachProgressReportHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer, IDocumentStore store)
    : MediatR.IRequestHandler<AttachProgressReport, DocumentDto>
{
    public async Task<DocumentDto> Handle(AttachProgressReport request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, clock, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        var at = request.At ?? meeting.Day;
        var file = await ProgressReportPack.RenderAsync(db, renderer, clock, committee.CohortId, at, request.WithRoadmaps, cancellationToken);
        var key = await store.SaveAsync(file.Content, cancellationToken);
        var document = new CommitteeDocument(meeting, $"Rapport d'avancement au {at:dd/MM/yyyy}", file.FileName, "application/pdf", file.Content.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(file.Content)), key, DocumentSource.Generated, false, access.Actor, clock.GetUtcNow().UtcDateTime);
        db.CommitteeDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }
}

internal static class ProgressReportPack
{
    public static async Task<FileContent> RenderAsync(IParcoursDbContext db, IDocumentRenderer renderer, TimeProvider clock, Guid cohortId, DateOnly at,
        bool withRoadmaps, CancellationToken ct)
    {
        var report = await ProgressReportBuilder.BuildAsync(db, cohortId, at, ct);
        // The annex carries the roadmaps validated by the report's day, as its figures count them.
        var atUtc = FrenchTime.EndOfDayUtc(at);
        var appendix = withRoadmaps ? await Roadmaps.RoadmapDocuments.ValidatedAsync(db, cohortId, ct, atUtc) : [];
        var pdf = renderer.RenderReport(ReportTables.Document(report), appendix, FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime));
        return new FileContent($"rapport-avancement-{at:yyyy-MM-dd}.pdf", pdf);
    }
}
