using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Parcours.Api.Web;
using Parcours.Application.Committees;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Api.Endpoints;

/// <summary>Committees, their seats, meetings, decisions and documents. Commands are bound from the body; ids come from the route.</summary>
internal static class CommitteeEndpoints
{
    public const long UploadMaxBytes = 11 * 1024 * 1024;

    public static void MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").WithTags("Comités").RequireAuthorization(Policies.CommitteeReaders);
        read.MapGet("/cohorts/{cohortId:guid}/committees", ListCommittees).Runs<ListCommittees>("Comités de la promotion (un membre ne voit que les siens).");
        read.MapGet("/committees/{id:guid}", GetCommittee).Runs<GetCommittee>("Un comité et ses sièges.");
        read.MapGet("/committees/{id:guid}/meetings", ListMeetings).Runs<ListMeetings>("Réunions d'un comité.");
        read.MapGet("/committees/{id:guid}/meetings/{meetingId:guid}", GetMeeting)
            .Runs<GetMeeting>("La réunion, ses décisions, ses documents, et les décisions encore ouvertes des réunions précédentes.");

        var manage = app.MapGroup("/api").WithTags("Comités").RequireAuthorization(Policies.Coordinators);
        manage.MapPost("/cohorts/{cohortId:guid}/committees", CreateCommittee).Runs<CreateCommittee>("Crée un comité (pilotage, orientation, technique).");
        manage.MapPost("/committees/{id:guid}/seats", SeatCommitteeMember).Runs<SeatCommitteeMember>("Attribue un siège au comité (organisation, personne).");
        manage.MapPost("/committees/{id:guid}/seats/{seatId:guid}/leave", UnseatCommitteeMember).Runs<UnseatCommitteeMember>("Un membre quitte le comité (date).");
        manage.MapPost("/committees/{id:guid}/meetings", PlanMeeting).Runs<PlanMeeting>("Planifie une réunion de comité.");
        manage.MapPost("/committees/{id:guid}/milestones", CreateMilestoneMeetings)
            .Runs<CreateMilestoneMeetings>("Crée en une fois les trois réunions jalons du comité d'orientation à partir des phases.");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/schedule", RescheduleMeeting)
            .Runs<RescheduleMeeting>("Déplace une réunion (heure de Paris) ; ses rappels suivent.");
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/cancel", CancelMeeting)
            .Runs<CancelMeeting>("Annule une réunion (conservée, avec son motif) ; ses rappels s'arrêtent.");
        manage.MapDelete("/committees/{id:guid}/meetings/{meetingId:guid}", DeleteMeeting)
            .Runs<DeleteMeeting>("Supprime une réunion saisie par erreur (jamais une réunion tenue, ni une qui porte décisions ou documents).");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/milestone", MarkMeetingMilestone)
            .Runs<MarkMeetingMilestone>("Marque une réunion du comité d'orientation comme jalon (lancement, mi-parcours, fin), ou retire la marque (null).");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/invitations", InviteToMeeting).Runs<InviteToMeeting>("Invite les sièges à une réunion.");
        manage.MapPut("/committees/{id:guid}/meetings/{meetingId:guid}/record", RecordMeeting)
            .Runs<RecordMeeting>("Enregistre les présents et le compte rendu d'une réunion.");
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/decisions", RecordDecision)
            .Runs<RecordDecision>("Consigne une décision ou une recommandation.");
        manage.MapPut("/decisions/{id:guid}/status", MoveDecision).Runs<MoveDecision>("Fait avancer une décision (en cours, réalisée, abandonnée).");
        manage.MapPost("/committees/{id:guid}/meetings/{meetingId:guid}/documents", UploadDocument)
            .WithMetadata(new AllowBodyAttribute(UploadMaxBytes)).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentDto>(StatusCodes.Status201Created)
            .Runs<UploadDocument>("Joint un fichier (champ « fichier », 10 Mo au plus ; PDF, images, documents Office/OpenDocument, texte ou CSV, vérifiés par leur contenu).");
        manage.MapPut("/documents/{id:guid}/sharing", ShareDocument).Runs<ShareDocument>("Partage un document de comité avec la promotion, ou retire le partage.");

        app.MapGet("/api/documents/{id:guid}", GetDocument).WithTags("Comités").RequireAuthorization(Policies.DocumentReaders)
            .Runs<GetDocument>("Télécharge un document de comité (en pièce jointe).");
        app.MapGet("/api/cohorts/{cohortId:guid}/shared-documents", ListSharedDocuments).WithTags("Comités").RequireAuthorization(Policies.SharedDocumentReaders)
            .Runs<ListSharedDocuments>("Documents de comité partagés avec la promotion.");
    }

    private static Task<IReadOnlyList<CommitteeDto>> ListCommittees(Guid cohortId, IMediator m, CancellationToken ct) => m.Send(new ListCommittees(cohortId), ct);

    private static Task<CommitteeDto> GetCommittee(Guid id, IMediator m, CancellationToken ct) => m.Send(new GetCommittee(id), ct);

    private static Task<IReadOnlyList<MeetingSummaryDto>> ListMeetings(Guid id, IMediator m, CancellationToken ct) => m.Send(new ListMeetings(id), ct);

    private static Task<MeetingDto> GetMeeting(Guid id, Guid meetingId, IMediator m, CancellationToken ct) => m.Send(new GetMeeting(id, meetingId), ct);

    private static async Task<Created<CommitteeDto>> CreateCommittee(Guid cohortId, CreateCommittee command, IMediator m, CancellationToken ct)
    {
        var committee = await m.Send(command with { CohortId = cohortId }, ct);
        return TypedResults.Created($"/api/committees/{committee.Id}", committee);
    }

    private static Task<CommitteeDto> SeatCommitteeMember(Guid id, SeatCommitteeMember command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id }, ct);

    private static Task<CommitteeDto> UnseatCommitteeMember(Guid id, Guid seatId, UnseatCommitteeMember command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, SeatId = seatId }, ct);

    private static async Task<Created<MeetingDto>> PlanMeeting(Guid id, PlanMeeting command, IMediator m, CancellationToken ct)
    {
        var meeting = await m.Send(command with { CommitteeId = id }, ct);
        return TypedResults.Created($"/api/committees/{id}/meetings/{meeting.Id}", meeting);
    }

    private static Task<IReadOnlyList<MeetingSummaryDto>> CreateMilestoneMeetings(Guid id, IMediator m, CancellationToken ct) =>
        m.Send(new CreateMilestoneMeetings(id), ct);

    private static Task<MeetingSummaryDto> RescheduleMeeting(Guid id, Guid meetingId, RescheduleMeeting command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);

    private static Task<MeetingSummaryDto> CancelMeeting(Guid id, Guid meetingId, CancelMeeting command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);

    private static async Task<NoContent> DeleteMeeting(Guid id, Guid meetingId, IMediator m, CancellationToken ct)
    {
        await m.Send(new DeleteMeeting(id, meetingId), ct);
        return TypedResults.NoContent();
    }

    private static Task<MeetingSummaryDto> MarkMeetingMilestone(Guid id, Guid meetingId, MarkMeetingMilestone command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);

    private static Task<MeetingDto> InviteToMeeting(Guid id, Guid meetingId, InviteToMeeting command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);

    private static Task<MeetingDto> RecordMeeting(Guid id, Guid meetingId, RecordMeeting command, IMediator m, CancellationToken ct) =>
        m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);

    private static async Task<Created<DecisionDto>> RecordDecision(Guid id, Guid meetingId, RecordDecision command, IMediator m, CancellationToken ct)
    {
        var decision = await m.Send(command with { CommitteeId = id, MeetingId = meetingId }, ct);
        return TypedResults.Created($"/api/committees/{id}/meetings/{meetingId}", decision);
    }

    private static Task<DecisionDto> MoveDecision(Guid id, MoveDecision command, IMediator m, CancellationToken ct) => m.Send(command with { DecisionId = id }, ct);

    private static Task<DocumentDto> ShareDocument(Guid id, ShareDocument command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct);

    private static async Task<IResult> GetDocument(Guid id, IMediator m, CancellationToken ct)
    {
        var file = await m.Send(new GetDocument(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static Task<IReadOnlyList<DocumentDto>> ListSharedDocuments(Guid cohortId, IMediator m, CancellationToken ct) =>
        m.Send(new ListSharedDocuments(cohortId), ct);

    private static async Task<IResult> UploadDocument(Guid id, Guid meetingId, HttpRequest request, IMediator m, CancellationToken ct)
    {
        var (form, fileName, content) = await request.ReadUploadAsync(ct);
        var shared = bool.TryParse(form["sharedWithCohort"], out var s) && s;
        var document = await m.Send(new UploadDocument(id, meetingId, form["title"], fileName, content, shared), ct);
        return TypedResults.Created($"/api/documents/{document.Id}", document);
    }
}
