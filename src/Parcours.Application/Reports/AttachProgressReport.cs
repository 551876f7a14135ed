using System.Text.Json.Serialization;
using System.Security.Cryptography;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Committees;
using Parcours.Domain.Committees;

namespace Parcours.Application.Reports;

/// <summary>
/// Attaches the pack to a committee meeting, frozen: the PDF is stored as it is now, and what
/// members received stays readable as it was, whatever changes afterwards.
/// </summary>
public sealed record AttachProgressReport(DateOnly? At = null, bool WithRoadmaps = false) : ICommand<DocumentDto>
{
    // From the route, never from the body: the endpoint sets it, a client cannot choose it.
    [JsonIgnore] public Guid CommitteeId { get; init; }
    [JsonIgnore] public Guid MeetingId { get; init; }
}

internal sealed class AttachProgressReportHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer, IDocumentStore store, Sessions.IAttendanceFigures attendance)
    : MediatR.IRequestHandler<AttachProgressReport, DocumentDto>
{
    public async Task<DocumentDto> Handle(AttachProgressReport request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        var at = request.At ?? meeting.Day;
        var file = await ProgressReportPack.RenderAsync(db, attendance, renderer, clock, committee.CohortId, at, request.WithRoadmaps, cancellationToken);
        var key = await store.SaveAsync(file.Content, cancellationToken);
        var document = new CommitteeDocument(meeting, $"Rapport d'avancement au {at:dd/MM/yyyy}", file.FileName, "application/pdf", file.Content.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(file.Content)), key, DocumentSource.Generated, false, access.Actor, clock.GetUtcNow().UtcDateTime);
        db.CommitteeDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }
}
