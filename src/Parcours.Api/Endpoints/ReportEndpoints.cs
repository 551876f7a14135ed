using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Reports;

namespace Parcours.Api.Endpoints;

public sealed record AttachReportBody(DateOnly? At = null, bool WithRoadmaps = false);

internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        // Coordinators, and committee members for the cohorts of their committees (checked in the use cases).
        var read = app.MapGroup("/api/cohorts/{cohortId:guid}").WithTags("Rapport d'avancement").RequireAuthorization(Policies.CommitteeReaders);
        read.MapGet("/report", (Guid cohortId, DateOnly? at, IMediator m, CancellationToken ct) => m.Send(new GetProgressReport(cohortId, at), ct))
            .WithSummary("Le rapport d'avancement de la promotion à une date (aujourd'hui par défaut) : des agrégats seulement.");
        read.MapGet("/report.pdf", async (Guid cohortId, DateOnly? at, bool? withRoadmaps, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportProgressReportPdf(cohortId, at, withRoadmaps == true), ct);
            return TypedResults.File(file.Content, "application/pdf", file.FileName);
        }).WithSummary("Le dossier du comité : rapport avec graphiques, suivi (withRoadmaps=true) des feuilles de route validées.");
        read.MapGet("/report/{table}.csv", async (Guid cohortId, string table, DateOnly? at, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportProgressReportCsv(cohortId, at, table), ct);
            return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
        }).WithSummary($"Un tableau du rapport en CSV : {string.Join(", ", ReportTables.Names)}.");

        app.MapPost("/api/committees/{id:guid}/meetings/{meetingId:guid}/progress-report", async (Guid id, Guid meetingId, AttachReportBody b, IMediator m, CancellationToken ct) =>
        {
            var document = await m.Send(new AttachProgressReport(id, meetingId, b.At, b.WithRoadmaps), ct);
            return TypedResults.Created($"/api/documents/{document.Id}", document);
        }).WithTags("Rapport d'avancement").RequireAuthorization(Policies.Coordinators)
          .WithSummary("Joint le dossier à la réunion, figé : les membres le liront tel qu'il était à l'envoi.");
    }
}
