using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Common.Paging;
using Parcours.Application.Sessions;
using Parcours.Domain.Sessions;

namespace Parcours.Api.Endpoints;

/// <summary>
/// What a client sends to describe a session: the domain's <see cref="SessionDetails"/> with its lists
/// optional (an absent list is an empty one). The one request type of this module that is not its command.
/// </summary>
public sealed record SessionDetailsBody(
    string Title, string? Theory = null, string? Workshop = null, string? Guest = null,
    string? VenueName = null, string? VenueAddress = null, string? OnlineLink = null,
    IReadOnlyList<AgendaSegment>? Agenda = null, IReadOnlyList<Speaker>? Speakers = null, IReadOnlyList<SessionResource>? Resources = null);

/// <summary>Sessions S1–S4, attendance, the S3 vote and calendar feeds. Commands are bound from the body; ids come from the route.</summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/cohorts/{cohortId:guid}/sessions", ListCohortSessions).Runs<ListCohortSessions>("Les sessions collectives S1 à S4 de la promotion.");
        read.MapGet("/sessions/{id:guid}", GetSession).Runs<GetSession>("Une session collective : date (heure de Paris), lieu, programme, intervenants, ressources.");
        read.MapGet("/cohorts/{cohortId:guid}/topic-vote", GetTopicVote).Runs<GetTopicVote>("Le vote du thème de S3 : options, mon choix, résultat une fois clos.");

        var manage = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.Coordinators);
        manage.MapPut("/sessions/{id:guid}/schedule", ScheduleSession)
            .Runs<ScheduleSession>("Date une session (heure locale du fuseau timeZone, Europe/Paris par défaut).");
        manage.MapPut("/sessions/{id:guid}/details", DescribeSession).Runs<DescribeSession>("Décrit une session : lieu, lien en ligne, déroulé, intervenants, ressources.");
        manage.MapPost("/sessions/{id:guid}/cancel", CancelSession).Runs<CancelSession>("Annule une session (elle est conservée, marquée annulée).");
        manage.MapGet("/sessions/{id:guid}/attendance", GetAttendanceSheet).Runs<GetAttendanceSheet>("Feuille de présence d'une session.");
        manage.MapPut("/sessions/{id:guid}/attendance", RecordAttendance).WithMetadata(new AllowBodyAttribute(2 * 1024 * 1024))
            .Runs<RecordAttendance>("Enregistre la présence (présent, excusé, absent) de chaque personne attendue.");
        manage.MapGet("/cohorts/{cohortId:guid}/attendance/rates", GetAttendanceRates).Runs<GetAttendanceRates>("Taux de présence par session (toute la promotion), puis par territoire, une page à la fois (page/pageSize), avec les personnes de ces territoires.");
        manage.MapGet("/cohorts/{cohortId:guid}/attendance.csv", ExportAttendance).Runs<ExportAttendance>("Export CSV des présences (pour Excel : UTF-8 avec BOM, « ; »).");
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote", OpenTopicVote).Runs<OpenTopicVote>("Ouvre le vote du thème de S3 (options par défaut ou données).");
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote/close", CloseTopicVote)
            .Runs<CloseTopicVote>("Clôt le vote du thème de S3 (en cas d'égalité, la coordination départage).");
        manage.MapGet("/sessions/{id:guid}/feedback", GetSessionFeedback)
            .Runs<GetSessionFeedback>("Les retours des participants sur une session : nombre de réponses, moyennes (contenu, atelier, rencontre inspirante), commentaires (signés seulement si leur auteur l'a choisi).");
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote/decide", DecideTopicVote).Runs<DecideTopicVote>("Départage une égalité du vote du thème de S3.");
        manage.MapGet("/cohorts/{cohortId:guid}/topic-vote/ballots", ListBallots).Runs<ListBallots>("Qui a voté quoi (coordination seulement).");

        var catalysts = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.Catalysts);
        catalysts.MapPost("/sessions/{id:guid}/feedback", SubmitSessionFeedback)
            .Runs<SubmitSessionFeedback>("Le catalyseur présent à une session répond à son questionnaire (une fois, dans les 30 jours), anonymement s'il le choisit.");
        catalysts.MapGet("/sessions/{id:guid}/feedback/mine", GetMySessionFeedback)
            .Runs<GetMySessionFeedback>("Où en est mon questionnaire pour cette session : ouvert, jusqu'à quand, déjà répondu.");
        catalysts.MapPost("/sessions/{id:guid}/apology", SendApology).Runs<SendApology>("Le catalyseur s'excuse pour une session à venir.");
        catalysts.MapPut("/cohorts/{cohortId:guid}/topic-vote/ballot", CastBallot).Runs<CastBallot>("Le catalyseur vote, ou change son vote tant que le vote est ouvert.");

        var me = app.MapGroup("/api/me/calendar-feed").WithTags("Calendrier").RequireAuthorization();
        me.MapPost("/", CreateCalendarFeed).Runs<CreateCalendarFeed>("Crée (ou remplace) l'adresse privée d'abonnement à mon calendrier.");
        me.MapDelete("/", RevokeCalendarFeed).Runs<RevokeCalendarFeed>("Supprime mon adresse d'abonnement au calendrier.");

        // The secret in the address is the credential: calendar applications cannot log in.
        app.MapGet("/api/calendar/{token}.ics", GetCalendarFeed).WithTags("Calendrier").AllowAnonymous()
            .Runs<GetCalendarFeed>("Flux iCalendar privé des sessions (pour les applications d'agenda, sans connexion).");
    }

    private static Task<IReadOnlyList<SessionDto>> ListCohortSessions(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCohortSessions(cohortId), ct);

    private static Task<SessionDto> GetSession(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSession(id), ct);

    private static Task<TopicVoteDto> GetTopicVote(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetTopicVote(cohortId), ct);

    private static Task<SessionDto> ScheduleSession(Guid id, ScheduleSession command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);

    private static Task<SessionDto> DescribeSession(Guid id, SessionDetailsBody b, IMediator m, CancellationToken ct) =>
        m.Send(new DescribeSession(id, new SessionDetails(b.Title, b.Theory, b.Workshop, b.Guest, b.VenueName, b.VenueAddress, b.OnlineLink,
            b.Agenda ?? [], b.Speakers ?? [], b.Resources ?? [])), ct);

    private static Task<SessionDto> CancelSession(Guid id, CancelSession command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);

    private static Task<AttendanceSheetDto> GetAttendanceSheet(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetAttendanceSheet(id), ct);

    private static Task<AttendanceSheetDto> RecordAttendance(Guid id, RecordAttendance command, IMediator m, CancellationToken ct) =>
        m.Send(command with { SessionId = id }, ct);

    private static Task<AttendanceRatesDto> GetAttendanceRates(Guid cohortId, IMediator m, CancellationToken ct, int page = 1, int pageSize = Paging.DefaultSize) =>
        m.Send(new GetAttendanceRates(cohortId, page, pageSize), ct);

    private static async Task<IResult> ExportAttendance(Guid cohortId, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new ExportAttendance(cohortId), ct);
        return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    private static async Task<Created<TopicVoteDto>> OpenTopicVote(Guid cohortId, OpenTopicVote command, IMediator m, CancellationToken ct)
    {
        var vote = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/cohorts/{cohortId}/topic-vote", vote);
    }

    private static Task<TopicVoteDto> CloseTopicVote(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new CloseTopicVote(cohortId), ct);

    private static Task<TopicVoteDto> DecideTopicVote(Guid cohortId, DecideTopicVote command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CohortId = cohortId }, ct);

    private static Task<IReadOnlyList<BallotDto>> ListBallots(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListBallots(cohortId), ct);

    private static Task<FeedbackGivenDto> SubmitSessionFeedback(Guid id, SubmitSessionFeedback command, IMediator m, CancellationToken ct) =>
        m.Send(command with { SessionId = id }, ct);

    private static Task<MyFeedbackDto> GetMySessionFeedback(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetMySessionFeedback(id), ct);

    private static Task<SessionFeedbackDto> GetSessionFeedback(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSessionFeedback(id), ct);

    private static Task<ApologyDto> SendApology(Guid id, SendApology command, IMediator m, CancellationToken ct) => m.Send(command with { SessionId = id }, ct);

    private static Task<TopicVoteDto> CastBallot(Guid cohortId, CastBallot command, IMediator m, CancellationToken ct) => m.Send(command with { CohortId = cohortId }, ct);

    private static async Task<IResult> CreateCalendarFeed(IMediator m, HttpRequest request, CancellationToken ct)
    {
        var feed = await m.Send(new CreateCalendarFeed(), ct);
        return TypedResults.Ok(new { url = $"{request.Scheme}://{request.Host}{feed.Path}", feed.Path });
    }

    private static async Task<NoContent> RevokeCalendarFeed(IMediator m, CancellationToken ct)
    {
        await m.Send(new RevokeCalendarFeed(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> GetCalendarFeed(string token, IMediator m, CancellationToken ct) =>
        TypedResults.Text(await m.Send(new GetCalendarFeed(token), ct), "text/calendar; charset=utf-8");
}
