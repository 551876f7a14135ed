using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Sessions;
using Parcours.Domain.Sessions;

namespace Parcours.Api.Endpoints;

public sealed record ScheduleBody(DateTime StartsAt, int DurationMinutes, string? TimeZone = null, string? OutsidePhaseReason = null, string? Reason = null);
public sealed record SessionDetailsBody(
    string Title, string? Theory = null, string? Workshop = null, string? Guest = null,
    string? VenueName = null, string? VenueAddress = null, string? OnlineLink = null,
    IReadOnlyList<AgendaSegment>? Agenda = null, IReadOnlyList<Speaker>? Speakers = null, IReadOnlyList<SessionResource>? Resources = null);
public sealed record ReasonBody(string? Reason = null);
public sealed record AttendanceBody(IReadOnlyList<AttendanceEntry>? Entries = null);
public sealed record ApologyBody(string? Comment = null);
public sealed record OpenVoteBody(IReadOnlyList<string>? Options = null);
public sealed record OptionBody(Guid OptionId);

internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.CohortReaders);
        read.MapGet("/cohorts/{cohortId:guid}/sessions", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCohortSessions(cohortId), ct));
        read.MapGet("/sessions/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetSession(id), ct));
        read.MapGet("/cohorts/{cohortId:guid}/topic-vote", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetTopicVote(cohortId), ct));

        var manage = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.Coordinators);
        manage.MapPut("/sessions/{id:guid}/schedule", (Guid id, ScheduleBody b, IMediator m, CancellationToken ct) =>
                m.Send(new ScheduleSession(id, b.StartsAt, b.TimeZone, b.DurationMinutes, b.OutsidePhaseReason, b.Reason), ct))
            .WithSummary("Date une session (heure locale du fuseau timeZone, Europe/Paris par défaut).");
        manage.MapPut("/sessions/{id:guid}/details", (Guid id, SessionDetailsBody b, IMediator m, CancellationToken ct) =>
            m.Send(new DescribeSession(id, new SessionDetails(b.Title, b.Theory, b.Workshop, b.Guest, b.VenueName, b.VenueAddress, b.OnlineLink,
                b.Agenda ?? [], b.Speakers ?? [], b.Resources ?? [])), ct));
        manage.MapPost("/sessions/{id:guid}/cancel", (Guid id, ReasonBody b, IMediator m, CancellationToken ct) => m.Send(new CancelSession(id, b.Reason), ct));
        manage.MapGet("/sessions/{id:guid}/attendance", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetAttendanceSheet(id), ct));
        manage.MapPut("/sessions/{id:guid}/attendance", (Guid id, AttendanceBody b, IMediator m, CancellationToken ct) => m.Send(new RecordAttendance(id, b.Entries), ct))
            .WithMetadata(new AllowBodyAttribute(2 * 1024 * 1024));
        manage.MapGet("/cohorts/{cohortId:guid}/attendance/rates", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new GetAttendanceRates(cohortId), ct));
        manage.MapGet("/cohorts/{cohortId:guid}/attendance.csv", async (Guid cohortId, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new ExportAttendance(cohortId), ct);
            return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
        });
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote", async (Guid cohortId, OpenVoteBody b, IMediator m, CancellationToken ct) =>
        {
            var vote = await m.Send(new OpenTopicVote(cohortId, b.Options), ct);
            return TypedResults.Created($"/api/cohorts/{cohortId}/topic-vote", vote);
        });
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote/close", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new CloseTopicVote(cohortId), ct));
        manage.MapPost("/cohorts/{cohortId:guid}/topic-vote/decide", (Guid cohortId, OptionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new DecideTopicVote(cohortId, b.OptionId), ct));
        manage.MapGet("/cohorts/{cohortId:guid}/topic-vote/ballots", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListBallots(cohortId), ct));

        var catalysts = app.MapGroup("/api").WithTags("Sessions").RequireAuthorization(Policies.Catalysts);
        catalysts.MapPost("/sessions/{id:guid}/apology", (Guid id, ApologyBody b, IMediator m, CancellationToken ct) => m.Send(new SendApology(id, b.Comment), ct))
            .WithSummary("Le catalyseur s'excuse pour une session à venir.");
        catalysts.MapPut("/cohorts/{cohortId:guid}/topic-vote/ballot", (Guid cohortId, OptionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new CastBallot(cohortId, b.OptionId), ct));

        var me = app.MapGroup("/api/me/calendar-feed").WithTags("Calendrier").RequireAuthorization();
        me.MapPost("/", async (IMediator m, HttpRequest request, CancellationToken ct) =>
        {
            var feed = await m.Send(new CreateCalendarFeed(), ct);
            return TypedResults.Ok(new { url = $"{request.Scheme}://{request.Host}{feed.Path}", feed.Path });
        }).WithSummary("Crée (ou remplace) l'adresse privée d'abonnement à mon calendrier.");
        me.MapDelete("/", async (IMediator m, CancellationToken ct) =>
        {
            await m.Send(new RevokeCalendarFeed(), ct);
            return TypedResults.NoContent();
        });

        // The secret in the address is the credential: calendar applications cannot log in.
        app.MapGet("/api/calendar/{token}.ics", async (string token, IMediator m, CancellationToken ct) =>
            TypedResults.Text(await m.Send(new GetCalendarFeed(token), ct), "text/calendar; charset=utf-8"))
            .WithTags("Calendrier").AllowAnonymous();
    }
}
