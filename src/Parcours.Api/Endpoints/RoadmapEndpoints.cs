using Parcours.Domain.Territories;
using Parcours.Domain.Roadmaps;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Roadmaps;

namespace Parcours.Api.Endpoints;

/// <summary>
/// Feuilles de route: the working text, its versions, reviews, comments and PDFs. Commands are bound from
/// the body; cohort and territory come from the route; the version a write starts from comes from If-Match
/// when sent, else from the body's « version ».
/// </summary>
internal static class RoadmapEndpoints
{
    private const string Base = "/api/cohorts/{cohortId:guid}/territories/{territoryId:guid}/roadmap";

    public static void MapRoadmapEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapReaders);
        read.MapGet(Base, GetRoadmap).Runs<GetRoadmap>("Le texte de travail (version 0 tant que rien n'est enregistré) ; l'ETag porte la version.");
        read.MapGet(Base + "/versions", ListRoadmapVersions).Runs<ListRoadmapVersions>("Versions soumises de la feuille de route.");
        read.MapGet(Base + "/versions/{number:int}", GetRoadmapVersion).Runs<GetRoadmapVersion>("Une version soumise de la feuille de route.");
        read.MapGet(Base + "/versions/{from:int}/compare/{to:int}", CompareRoadmapVersions)
            .Runs<CompareRoadmapVersions>("Compare deux versions : sections changées, actions avant et après.");
        read.MapGet(Base + ".pdf", ExportRoadmapPdf).Runs<ExportRoadmapPdf>("PDF de la feuille de route (version de travail, ou ?version=).");
        read.MapGet("/api/cohorts/{cohortId:guid}/roadmaps", ListCohortRoadmaps).Runs<ListCohortRoadmaps>("État des feuilles de route de la promotion.");

        var discussion = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapDiscussion);
        discussion.MapGet(Base + "/comments", ListRoadmapComments).Runs<ListRoadmapComments>("Commentaires de la feuille de route et réponses du binôme.");
        discussion.MapPost(Base + "/comments", CommentRoadmap).Runs<CommentRoadmap>("Commente une section (relecteurs) ou répond à un commentaire (binôme).");

        var pair = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.Catalysts);
        pair.MapPut(Base + "/sections/{key}", WriteRoadmapSection)
            .Runs<WriteRoadmapSection>("Le binôme enregistre une section ; « version » (ou If-Match) dit de quelle version il est parti.");
        pair.MapPut(Base, WriteRoadmap)
            .Runs<WriteRoadmap>("Le binôme enregistre la feuille de route entière en une écriture (sections nommées, actions) ; même règle de version que pour une section.");
        pair.MapPut(Base + "/actions", WriteRoadmapActions).Runs<WriteRoadmapActions>("Enregistre le tableau des actions (version de départ ou If-Match).");
        discussion.MapGet(Base + "/sharing", GetRoadmapSharing)
            .Runs<GetRoadmapSharing>("Le partage de la feuille de route avec la promotion : partagée ou non, sous quels thèmes, partageable ou non.");
        pair.MapPut(Base + "/sharing", ShareRoadmap)
            .Runs<ShareRoadmap>("Le binôme partage sa feuille de route validée avec les autres territoires de la promotion, sous les thèmes choisis (jamais par défaut).");
        pair.MapDelete(Base + "/sharing", WithdrawRoadmapSharing)
            .Runs<WithdrawRoadmapSharing>("Le binôme retire le partage : aussitôt, plus aucun autre territoire ne la trouve ni ne la lit.");
        var peers = app.MapGroup("/api/cohorts/{cohortId:guid}/shared-roadmaps").WithTags("Feuilles de route").RequireAuthorization(Policies.CohortReaders);
        peers.MapGet("/", ListSharedRoadmaps)
            .Runs<ListSharedRoadmaps>("Les feuilles de route partagées par les binômes de la promotion, par thème, région et type de territoire.");
        peers.MapGet("/{territoryId:guid}", GetSharedRoadmap)
            .Runs<GetSharedRoadmap>("Une feuille de route partagée : sa dernière version validée.");
        pair.MapPost(Base + "/submit", SubmitRoadmap).Runs<SubmitRoadmap>("Soumet la feuille de route pour relecture (version de départ ou If-Match).");

        var review = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapReviewers);
        review.MapPost(Base + "/validate", ValidateRoadmap).Runs<ReviewRoadmap>("Valide la version soumise.", name: "ValidateRoadmap");
        review.MapPost(Base + "/request-changes", RequestRoadmapChanges)
            .Runs<ReviewRoadmap>("Demande des modifications sur la version soumise.", name: "RequestRoadmapChanges");
        review.MapPost(Base + "/versions/{number:int}/pitched", MarkRoadmapPitched).Runs<MarkRoadmapPitched>("Marque la version validée pitchée en S4.");

        var bundle = app.MapGroup("/api/cohorts/{cohortId:guid}/roadmaps").WithTags("Feuilles de route").RequireAuthorization(Policies.CommitteeReaders);
        bundle.MapGet("/bundle.pdf", ExportCohortRoadmapBundlePdf)
            .Runs<ExportCohortRoadmapBundle>("Toutes les feuilles de route validées, avec sommaire paginé, pour le comité d'orientation.", name: "ExportCohortRoadmapBundlePdf");
        bundle.MapGet("/bundle.zip", ExportCohortRoadmapBundleZip)
            .Runs<ExportCohortRoadmapBundle>("Archive ZIP des PDF des feuilles de route validées.", name: "ExportCohortRoadmapBundleZip");
    }

    private static async Task<RoadmapDto> GetRoadmap(Guid cohortId, Guid territoryId, IMediator m, HttpResponse response, CancellationToken ct)
    {
        var roadmap = await m.Send(new GetRoadmap(cohortId, territoryId), ct);
        response.Headers.ETag = $"\"{roadmap.Version}\"";
        return roadmap;
    }

    private static Task<IReadOnlyList<RoadmapVersionDto>> ListRoadmapVersions(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new ListRoadmapVersions(cohortId, territoryId), ct);

    private static Task<RoadmapVersionDto> GetRoadmapVersion(Guid cohortId, Guid territoryId, int number, IMediator m, CancellationToken ct) =>
        m.Send(new GetRoadmapVersion(cohortId, territoryId, number), ct);

    private static Task<RoadmapComparisonDto> CompareRoadmapVersions(Guid cohortId, Guid territoryId, int from, int to, IMediator m, CancellationToken ct) =>
        m.Send(new CompareRoadmapVersions(cohortId, territoryId, from, to), ct);

    private static async Task<IResult> ExportRoadmapPdf(Guid cohortId, Guid territoryId, int? version, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportRoadmapPdf(cohortId, territoryId, version), ct);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    private static Task<IReadOnlyList<RoadmapSummaryDto>> ListCohortRoadmaps(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCohortRoadmaps(cohortId), ct);

    private static Task<IReadOnlyList<RoadmapCommentDto>> ListRoadmapComments(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new ListRoadmapComments(cohortId, territoryId), ct);

    private static async Task<Created<RoadmapCommentDto>> CommentRoadmap(Guid cohortId, Guid territoryId, CommentRoadmap command, IMediator m, CancellationToken ct)
    {
        var comment = await m.Send(command with { CohortId = cohortId, TerritoryId = territoryId }, ct);
        return TypedResults.Created($"/api/cohorts/{cohortId}/territories/{territoryId}/roadmap/comments", comment);
    }

    private static Task<RoadmapDto> WriteRoadmapSection(Guid cohortId, Guid territoryId, string key, WriteRoadmapSection command, HttpRequest request,
        IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, SectionKey = key, Version = IfMatch(request) ?? command.Version }, ct);

    private static Task<RoadmapDto> WriteRoadmap(Guid cohortId, Guid territoryId, WriteRoadmap command, HttpRequest request, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Version = IfMatch(request) ?? command.Version }, ct);

    private static Task<RoadmapDto> WriteRoadmapActions(Guid cohortId, Guid territoryId, WriteRoadmapActions command, HttpRequest request,
        IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Version = IfMatch(request) ?? command.Version }, ct);

    private static Task<RoadmapDto> SubmitRoadmap(Guid cohortId, Guid territoryId, SubmitRoadmap command, HttpRequest request, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Version = IfMatch(request) ?? command.Version }, ct);

    private static Task<RoadmapDto> ValidateRoadmap(Guid cohortId, Guid territoryId, ReviewRoadmap command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Validate = true }, ct);

    private static Task<RoadmapDto> RequestRoadmapChanges(Guid cohortId, Guid territoryId, ReviewRoadmap command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId, Validate = false }, ct);

    private static Task<RoadmapSharingDto> GetRoadmapSharing(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new GetRoadmapSharing(cohortId, territoryId), ct);

    private static Task<RoadmapSharingDto> ShareRoadmap(Guid cohortId, Guid territoryId, ShareRoadmap command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId, TerritoryId = territoryId }, ct);

    private static Task<RoadmapSharingDto> WithdrawRoadmapSharing(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new WithdrawRoadmapSharing(cohortId, territoryId), ct);

    private static Task<IReadOnlyList<SharedRoadmapItem>> ListSharedRoadmaps(Guid cohortId, IMediator m, CancellationToken ct,
        ProgrammeTheme? theme = null, FrenchRegion? region = null, TerritoryKind? kind = null) =>
        m.Send(new ListSharedRoadmaps(cohortId, theme, region, kind), ct);

    private static Task<SharedRoadmapDto> GetSharedRoadmap(Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) =>
        m.Send(new GetSharedRoadmap(cohortId, territoryId), ct);

    private static Task<RoadmapVersionDto> MarkRoadmapPitched(Guid cohortId, Guid territoryId, int number, IMediator m, CancellationToken ct) =>
        m.Send(new MarkRoadmapPitched(cohortId, territoryId, number), ct);

    private static Task<IResult> ExportCohortRoadmapBundlePdf(Guid cohortId, IMediator m, CancellationToken ct) => ExportBundleAsync(cohortId, zip: false, m, ct);

    private static Task<IResult> ExportCohortRoadmapBundleZip(Guid cohortId, IMediator m, CancellationToken ct) => ExportBundleAsync(cohortId, zip: true, m, ct);

    private static async Task<IResult> ExportBundleAsync(Guid cohortId, bool zip, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportCohortRoadmapBundle(cohortId, zip), ct);
        return TypedResults.File(file.Content, zip ? "application/zip" : "application/pdf", file.FileName);
    }

    /// <summary>The version named by If-Match (an ETag such as "3"), which wins over the body's; null when the header is absent.</summary>
    private static int? IfMatch(HttpRequest request)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (ifMatch.Length == 0) return null;
        return int.TryParse(ifMatch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw RequestValidationException.For("If-Match", "If-Match porte la version lue, par exemple \"3\".");
    }
}
