using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Roadmaps;
using Parcours.Domain.Roadmaps;

namespace Parcours.Api.Endpoints;

public sealed record SectionBody(string? Text = null, int? Version = null);
public sealed record ActionsBody(IReadOnlyList<RoadmapAction>? Actions = null, int? Version = null);
public sealed record RoadmapBody(IReadOnlyList<SectionText>? Sections = null, IReadOnlyList<RoadmapAction>? Actions = null, int? Version = null);
public sealed record VersionBody(int? Version = null);
public sealed record ReviewBody(string? Comment = null, DateOnly? Date = null);
public sealed record CommentBody(string? Text = null, string? SectionKey = null, Guid? ReplyToId = null);

internal static class RoadmapEndpoints
{
    private const string Base = "/api/cohorts/{cohortId:guid}/territories/{territoryId:guid}/roadmap";

    public static void MapRoadmapEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapReaders);
        read.MapGet(Base, async (Guid cohortId, Guid territoryId, IMediator m, HttpResponse response, CancellationToken ct) =>
        {
            var roadmap = await m.Send(new GetRoadmap(cohortId, territoryId), ct);
            response.Headers.ETag = $"\"{roadmap.Version}\"";
            return roadmap;
        }).WithSummary("Le texte de travail (version 0 tant que rien n'est enregistré) ; l'ETag porte la version.");
        read.MapGet(Base + "/versions", (Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) => m.Send(new ListRoadmapVersions(cohortId, territoryId), ct));
        read.MapGet(Base + "/versions/{number:int}", (Guid cohortId, Guid territoryId, int number, IMediator m, CancellationToken ct) =>
            m.Send(new GetRoadmapVersion(cohortId, territoryId, number), ct));
        read.MapGet(Base + "/versions/{from:int}/compare/{to:int}", (Guid cohortId, Guid territoryId, int from, int to, IMediator m, CancellationToken ct) =>
            m.Send(new CompareRoadmapVersions(cohortId, territoryId, from, to), ct));
        read.MapGet(Base + ".pdf", async (Guid cohortId, Guid territoryId, int? version, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportRoadmapPdf(cohortId, territoryId, version), ct);
            return TypedResults.File(file.Content, "application/pdf", file.FileName);
        });
        read.MapGet("/api/cohorts/{cohortId:guid}/roadmaps", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCohortRoadmaps(cohortId), ct));

        var discussion = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapDiscussion);
        discussion.MapGet(Base + "/comments", (Guid cohortId, Guid territoryId, IMediator m, CancellationToken ct) => m.Send(new ListRoadmapComments(cohortId, territoryId), ct));
        discussion.MapPost(Base + "/comments", async (Guid cohortId, Guid territoryId, CommentBody b, IMediator m, CancellationToken ct) =>
        {
            var comment = await m.Send(new CommentRoadmap(cohortId, territoryId, b.SectionKey, b.Text, b.ReplyToId), ct);
            return TypedResults.Created($"/api/cohorts/{cohortId}/territories/{territoryId}/roadmap/comments", comment);
        });

        var pair = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.Catalysts);
        pair.MapPut(Base + "/sections/{key}", (Guid cohortId, Guid territoryId, string key, SectionBody b, HttpRequest request, IMediator m, CancellationToken ct) =>
            m.Send(new WriteRoadmapSection(cohortId, territoryId, key, b.Text, VersionOf(request, b.Version)), ct))
            .WithSummary("Le binôme enregistre une section ; « version » (ou If-Match) dit de quelle version il est parti.");
        pair.MapPut(Base, (Guid cohortId, Guid territoryId, RoadmapBody b, HttpRequest request, IMediator m, CancellationToken ct) =>
            m.Send(new WriteRoadmap(cohortId, territoryId, b.Sections, b.Actions, VersionOf(request, b.Version)), ct))
            .WithSummary("Le binôme enregistre la feuille de route entière en une écriture (sections nommées, actions) ; même règle de version que pour une section.");
        pair.MapPut(Base + "/actions", (Guid cohortId, Guid territoryId, ActionsBody b, HttpRequest request, IMediator m, CancellationToken ct) =>
            m.Send(new WriteRoadmapActions(cohortId, territoryId, b.Actions, VersionOf(request, b.Version)), ct));
        pair.MapPost(Base + "/submit", (Guid cohortId, Guid territoryId, VersionBody b, HttpRequest request, IMediator m, CancellationToken ct) =>
            m.Send(new SubmitRoadmap(cohortId, territoryId, VersionOf(request, b.Version)), ct));

        var review = app.MapGroup("").WithTags("Feuilles de route").RequireAuthorization(Policies.RoadmapReviewers);
        review.MapPost(Base + "/validate", (Guid cohortId, Guid territoryId, ReviewBody b, IMediator m, CancellationToken ct) =>
            m.Send(new ReviewRoadmap(cohortId, territoryId, true, b.Comment, b.Date), ct));
        review.MapPost(Base + "/request-changes", (Guid cohortId, Guid territoryId, ReviewBody b, IMediator m, CancellationToken ct) =>
            m.Send(new ReviewRoadmap(cohortId, territoryId, false, b.Comment, b.Date), ct));
        review.MapPost(Base + "/versions/{number:int}/pitched", (Guid cohortId, Guid territoryId, int number, IMediator m, CancellationToken ct) =>
            m.Send(new MarkRoadmapPitched(cohortId, territoryId, number), ct));

        var bundle = app.MapGroup("/api/cohorts/{cohortId:guid}/roadmaps").WithTags("Feuilles de route").RequireAuthorization(Policies.CommitteeReaders);
        bundle.MapGet("/bundle.pdf", async (Guid cohortId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportCohortRoadmapBundle(cohortId, Zip: false), ct);
            return TypedResults.File(file.Content, "application/pdf", file.FileName);
        }).WithSummary("Toutes les feuilles de route validées, avec sommaire paginé, pour le comité d'orientation.");
        bundle.MapGet("/bundle.zip", async (Guid cohortId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportCohortRoadmapBundle(cohortId, Zip: true), ct);
            return TypedResults.File(file.Content, "application/zip", file.FileName);
        });
    }

    /// <summary>The version a write starts from: If-Match (an ETag such as "3") or the body's « version ».</summary>
    private static int VersionOf(HttpRequest request, int? bodyVersion)
    {
        var ifMatch = request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (ifMatch.Length > 0)
        {
            return int.TryParse(ifMatch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? v
                : throw RequestValidationException.For("If-Match", "If-Match porte la version lue, par exemple \"3\".");
        }
        return bodyVersion ?? throw RequestValidationException.For("version", "Indiquez la version sur laquelle vous êtes parti (champ « version » ou en-tête If-Match).");
    }
}
