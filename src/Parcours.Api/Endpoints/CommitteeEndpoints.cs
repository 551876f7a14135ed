using MediatR;
using Parcours.Api.Web;
using Parcours.Application.Committees;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Committees;

namespace Parcours.Api.Endpoints;

public sealed record CommitteeBody(CommitteeKind Kind, string? Name = null);
public sealed record SeatBody(string Organisation, DateOnly JoinedOn, Guid? PersonId = null);
public sealed record LeaveBody(DateOnly LeftOn);
public sealed record MeetingScheduleBody(DateTime StartsAt, int DurationMinutes = 180, string? TimeZone = null);
public sealed record CancelMeetingBody(string? Reason = null);
public sealed record MilestoneBody(Milestone? Milestone = null);
public sealed record MeetingBody(string Title, DateTime StartsAt, int DurationMinutes, string? TimeZone = null, string? Place = null,
    string? OnlineLink = null, IReadOnlyList<string>? Agenda = null);
public sealed record InvitationBody(IReadOnlyList<Guid>? SeatIds = null);
public sealed record MeetingRecordBody(IReadOnlyList<Guid>? PresentSeatIds = null, string? Minutes = null);
public sealed record DecisionBody(DecisionKind Kind, string? Text = null, string? Owner = null, DateOnly? DueDate = null);
public sealed record DecisionStatusBody(DecisionStatus Status, string? Comment = null);
public sealed record SharingBody(bool SharedWithCohort);

internal static class CommitteeEndpoints
{
    public const long UploadMaxBytes = 11 * 1024 * 1024;

    public static void MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Comités").RequireAuthorization(Policies.CommitteeReaders);
        read.MapGet("/cohorts/{cohortId:guid}/committees", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCommittees(cohortId), ct));
        read.MapGet("/committees/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetCommittee(id), ct));
        read.MapGet("/committees/{id:guid}/meetings", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListMeetings(id), ct));
        read.MapGet("/committees/{id:guid}/meetings/{meetingId:guid}", (Guid id, Guid meetingId, IMediator m, CancellationToken ct) =>
            m.Send(new GetMeeting(id, meetingId), ct)).WithSummary("La réunion, ses décisions, ses documents, et les décisions encore ouvertes des réunions précédentes.");

        var manage = app.MapGroup("/api").WithTags("Comités").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/cohorts/{cohortId:guid}/committees", async (Guid cohortId, CommitteeBody b, IMediator m, CancellationToken ct) =>
        {
            var committee = await m.Send(new CreateCommittee(cohortId, b.Kind, b.Name), ct);
            return TypedResults.Created($"/api/committees/{committee.Id}", committee);
        });
        manage.MapPost("/committees/{id:guid}/seats", (Guid id, SeatBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SeatCommitteeMember(id, b.Organisation, b.PersonId, b.JoinedOn), ct));
        manage.MapPost("/committees/{id:guid}/seats/{seatId:guid}/leave", (Guid id, Guid seatId, LeaveBody b, IMediator m, CancellationToken ct) =>
            m.Send(new UnseatCommitteeMember(id, seatId, b.LeftOn), ct));
        manage.MapPost("/committees/{id:guid}/meetings", async (Guid id, MeetingBody b, IMediator m, CancellationToken ct) =>
        {
            var meeting = await m.Send(new PlanMeeting(id, b.Title, b.StartsAt, b.TimeZone, b.DurationMinutes, b.Place, b.OnlineLink, b.Agenda), ct);
            return TypedResults.Created($"/api/committees/{id}/meetings/{meeting.Id}", meeting);
        });
        manage.MapPost("/committees/{id:guid}/milestones", (Guid id, IMediator m, CancellationToken ct) => m.Send(new CreateMilestoneMeetings(id), ct))
            .WithSummary("Crée en une fois les trois réunions jalons du comité d'orientation à partir des phases.");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/schedule", (Guid id, Guid meetingId, MeetingScheduleBody b, IMediator m, CancellationToken ct) =>
            m.Send(new RescheduleMeeting(id, meetingId, b.StartsAt, b.TimeZone, b.DurationMinutes), ct))
            .WithSummary("Déplace une réunion (heure de Paris) ; ses rappels suivent.");
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/cancel", (Guid id, Guid meetingId, CancelMeetingBody b, IMediator m, CancellationToken ct) =>
            m.Send(new CancelMeeting(id, meetingId, b.Reason), ct))
            .WithSummary("Annule une réunion (conservée, avec son motif) ; ses rappels s'arrêtent.");
        manage.MapDelete("/committees/{id:guid}/meetings/{meetingId:guid}", async (Guid id, Guid meetingId, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new DeleteMeeting(id, meetingId), ct);
            return TypedResults.NoContent();
        }).WithSummary("Supprime une réunion saisie par erreur (jamais une réunion tenue, ni une qui porte décisions ou documents).");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/milestone", (Guid id, Guid meetingId, MilestoneBody b, IMediator m, CancellationToken ct) =>
            m.Send(new MarkMeetingMilestone(id, meetingId, b.Milestone), ct))
            .WithSummary("Marque une réunion du comité d'orientation comme jalon (lancement, mi-parcours, fin), ou retire la marque (null).");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/invitations", (Guid id, Guid meetingId, InvitationBody b, IMediator m, CancellationToken ct) =>
            m.Send(new InviteToMeeting(id, meetingId, b.SeatIds), ct));
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/record", (Guid id, Guid meetingId, MeetingRecordBody b, IMediator m, CancellationToken ct) =>
            m.Send(new RecordMeeting(id, meetingId, b.PresentSeatIds, b.Minutes), ct));
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/decisions", async (Guid id, Guid meetingId, DecisionBody b, IMediator m, CancellationToken ct) =>
        {
            var decision = await m.Send(new RecordDecision(id, meetingId, b.Kind, b.Text, b.Owner, b.DueDate), ct);
            return TypedResults.Created($"/api/committees/{id}/meetings/{meetingId}", decision);
        });
        manage.MapPut("/decisions/{id:guid}/status", (Guid id, DecisionStatusBody b, IMediator m, CancellationToken ct) => m.Send(new MoveDecision(id, b.Status, b.Comment), ct));
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/documents", UploadAsync)
            .WithMetadata(new AllowBodyAttribute(UploadMaxBytes)).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentDto>(StatusCodes.Status201Created)
            .WithSummary("Joint un fichier (champ « fichier », 10 Mo au plus ; PDF, images, documents Office/OpenDocument, texte ou CSV, vérifiés par leur contenu).");
        manage.MapPut("/documents/{id:guid}/sharing", (Guid id, SharingBody b, IMediator m, CancellationToken ct) => m.Send(new ShareDocument(id, b.SharedWithCohort), ct));

        app.MapGet("/api/documents/{id:guid}", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetDocument(id), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        }).WithTags("Comités").RequireAuthorization(Policies.DocumentReaders);
        app.MapGet("/api/cohorts/{cohortId:guid}/shared-documents", (Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListSharedDocuments(cohortId), ct))
            .WithTags("Comités").RequireAuthorization(Policies.SharedDocumentReaders);
    }

    private static async Task<IResult> UploadAsync(Guid id, Guid meetingId, HttpRequest request, IMediator m, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        }
        var form = await request.ReadFormOrRefuseAsync(ct);
        // Only the documented field: a file sent under another name is refused, not stored anyway.
        var file = form.Files.GetFile("fichier") ?? throw RequestValidationException.For("fichier", form.Files.Count > 0
            ? $"Le fichier doit être envoyé dans le champ « fichier » (reçu : « {form.Files[0].Name} »)."
            : "Joignez le fichier dans le champ « fichier ».");
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }
        var shared = bool.TryParse(form["sharedWithCohort"], out var s) && s;
        var document = await m.Send(new UploadDocument(id, meetingId, form["title"], file.FileName, buffer.ToArray(), shared), ct);
        return TypedResults.Created($"/api/documents/{document.Id}", document);
    }
}
