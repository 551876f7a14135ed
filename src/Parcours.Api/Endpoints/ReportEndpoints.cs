using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Committees;
using Parcours.Application.Reports;

namespace Parcours.Api.Endpoints;

/// <summary>The progress report, its PDF and CSV tables, and the pack frozen onto a committee meeting.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        // Coordinators, and committee members for the cohorts of their committees (checked in the use cases).
        var read = app.MapGroup("/api/cohorts/{cohortId:guid}").WithTags("Rapport d'avancement").RequireAuthorization(Policies.CommitteeReaders);
        read.MapGet("/report", GetProgressReport)
            .Runs<GetProgressReport>("Le rapport d'avancement de la promotion à une date (aujourd'hui par défaut) : des agrégats seulement.");
        read.MapGet("/report.pdf", ExportProgressReportPdf)
            .Runs<ExportProgressReportPdf>("Le dossier du comité : rapport avec graphiques, suivi (withRoadmaps=true) des feuilles de route validées.");
        read.MapGet("/report/{table}.csv", ExportProgressReportCsv)
            .Runs<ExportProgressReportCsv>($"Un tableau du rapport en CSV : {string.Join(", ", ReportTables.Names)}.");

        app.MapPost("/api/committees/{id:guid}/meetings/{meetingId:guid}/progress-report", AttachProgressReport)
            .WithTags("Rapport d'avancement").RequireAuthorization(Policies.Coordinators)
            .Runs<AttachProgressReport>("Joint le dossier à la réunion, figé : les membres le liront tel qu'il était à l'envoi.");
    }

    private static Task<ProgressReportDto> GetProgressReport(Guid cohortId, DateOnly? at, IMediator m, CancellationToken ct) => m.Send(new GetProgressReport(cohortId, at), ct);

    private static async Task<IResult> ExportProgressReportPdf(Guid cohortId, DateOnly? at, bool? withRoadmaps, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportProgressReportPdf(cohortId, at, withRoadmaps == true), ct);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    private static async Task<IResult> ExportProgressReportCsv(Guid cohortId, string table, DateOnly? at, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportProgressReportCsv(cohortId, at, table), ct);
        return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private static async Task<Created<DocumentDto>> AttachProgressReport(Guid id, Guid meetingId, AttachProgressReport command, IMediator m, CancellationToken ct)
    {
        var document = await m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);
        return TypedResults.Created($"/api/documents/{document.Id}", document);
    }
}
