using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Application.Reports;
using Parcours.Domain.Committees;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A committee meeting: its agenda with the decisions still open from earlier meetings, invitations,
/// attendance and minutes, decisions recorded and moved, documents uploaded, shared with the cohort,
/// and the progress-report pack attached frozen. One handler per use case.
/// </summary>
// Documents up to 10 MB.
[RequestSizeLimit(11 * 1024 * 1024)]
public sealed class ReunionModel(TimeProvider clock) : CoordinationPage
{
    public CommitteeDto Committee { get; private set; } = null!;
    public MeetingDto Meeting { get; private set; } = null!;

    [BindProperty] public List<Guid> Present { get; set; } = [];
    [BindProperty] public List<Guid> Invite { get; set; } = [];
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? DecisionKind { get; set; }
    [BindProperty] public string? DecisionText { get; set; }
    [BindProperty] public string? DecisionOwner { get; set; }
    [BindProperty] public DateOnly? DecisionDue { get; set; }
    [BindProperty] public string? NewStatus { get; set; }
    [BindProperty] public string? DocumentTitle { get; set; }
    [BindProperty] public Microsoft.AspNetCore.Http.IFormFile? Upload { get; set; }
    [BindProperty] public bool ShareWithCohort { get; set; }
    [BindProperty] public DateOnly? ReportAt { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid committeeId, Guid meetingId)
    {
        await LoadAsync(cohortId, committeeId, meetingId);
        Minutes = Meeting.Minutes;
        ReportAt = FrenchTime.Today(clock);
    }

    public Task<IActionResult> OnPostInviterAsync(Guid cohortId, Guid committeeId, Guid meetingId) =>
        RunAsync(cohortId, committeeId, meetingId, new InviteToMeeting(SeatIds: Invite) { CommitteeId = committeeId, MeetingId = meetingId }, m => $"Invitations envoyées ({m.Invited.Count} membres invités).");

    public Task<IActionResult> OnPostCompteRenduAsync(Guid cohortId, Guid committeeId, Guid meetingId) =>
        RunAsync(cohortId, committeeId, meetingId, new RecordMeeting(PresentSeatIds: Present, Minutes: Minutes) { CommitteeId = committeeId, MeetingId = meetingId }, m => $"Présences et compte rendu enregistrés ({m.Present.Count} présents).",
            f => f == "Minutes" ? nameof(Minutes) : "");

    public async Task<IActionResult> OnPostDecisionAsync(Guid cohortId, Guid committeeId, Guid meetingId)
    {
        var kind = Choice<DecisionKind>(DecisionKind, nameof(DecisionKind), "Choisissez : décision ou recommandation.") ?? Domain.Committees.DecisionKind.Decision;
        if (!ModelState.IsValid) return await PageAsync(cohortId, committeeId, meetingId);
        return await RunAsync(cohortId, committeeId, meetingId, new RecordDecision(Kind: kind, Text: DecisionText, Owner: DecisionOwner, DueDate: DecisionDue) { CommitteeId = committeeId, MeetingId = meetingId }, _ => "Décision inscrite au registre.",
            f => f switch { "Text" => nameof(DecisionText), "Owner" => nameof(DecisionOwner), "DueDate" => nameof(DecisionDue), _ => "" });
    }

    public async Task<IActionResult> OnPostStatutAsync(Guid cohortId, Guid committeeId, Guid meetingId, Guid decision)
    {
        var status = Choice<DecisionStatus>(NewStatus, nameof(NewStatus), "Choisissez le nouveau statut.");
        if (status is null || !ModelState.IsValid)
        {
            if (status is null && ModelState.IsValid) ModelState.AddModelError(nameof(NewStatus), "Choisissez le nouveau statut.");
            return await PageAsync(cohortId, committeeId, meetingId);
        }
        return await RunAsync(cohortId, committeeId, meetingId, new MoveDecision(Status: status.Value, Comment: null) { DecisionId = decision }, d => $"Décision passée à « {CommitteeLabels.Status(d.Status)} ».");
    }

    public async Task<IActionResult> OnPostDocumentAsync(Guid cohortId, Guid committeeId, Guid meetingId)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choisissez le document à déposer.");
            return await PageAsync(cohortId, committeeId, meetingId);
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        try
        {
            return await RunAsync(cohortId, committeeId, meetingId,
                new UploadDocument(committeeId, meetingId, DocumentTitle, Path.GetFileName(Upload.FileName), buffer.ToArray(), ShareWithCohort),
                d => d.SharedWithCohort ? $"« {d.Title} » déposé et partagé avec la promotion." : $"« {d.Title} » déposé.",
                f => f == "Title" ? nameof(DocumentTitle) : nameof(Upload));
        }
        catch (DocumentRefusedException refused)
        {
            ModelState.AddModelError(nameof(Upload), refused.Message);
            return await PageAsync(cohortId, committeeId, meetingId);
        }
    }

    public Task<IActionResult> OnPostPartagerAsync(Guid cohortId, Guid committeeId, Guid meetingId, Guid document, bool partage) =>
        RunAsync(cohortId, committeeId, meetingId, new ShareDocument(SharedWithCohort: partage) { Id = document },
            d => d.SharedWithCohort ? $"« {d.Title} » est partagé avec la promotion." : $"« {d.Title} » n'est plus partagé avec la promotion.");

    public Task<IActionResult> OnPostRapportAsync(Guid cohortId, Guid committeeId, Guid meetingId) =>
        RunAsync(cohortId, committeeId, meetingId, new AttachProgressReport(At: ReportAt, WithRoadmaps: true) { CommitteeId = committeeId, MeetingId = meetingId },
            d => $"Rapport d'avancement joint, figé : « {d.Title} ».", f => f == "At" ? nameof(ReportAt) : "");

    public async Task<IActionResult> OnGetDocumentAsync(Guid document)
    {
        var file = await SendAsync(new GetDocument(document));
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> RunAsync<T>(Guid cohortId, Guid committeeId, Guid meetingId, MediatR.IRequest<T> command, Func<T, string> said, Func<string, string>? fieldOf = null)
    {
        if (ModelState.IsValid)
        {
            var (ok, result) = await TryFormAsync(command, fieldOf ?? (_ => ""));
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"comites/{committeeId}/reunions/{meetingId}"), said(result!));
        }
        return await PageAsync(cohortId, committeeId, meetingId);
    }

    private async Task<IActionResult> PageAsync(Guid cohortId, Guid committeeId, Guid meetingId)
    {
        await LoadAsync(cohortId, committeeId, meetingId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId, Guid committeeId, Guid meetingId)
    {
        await LoadCohortAsync(cohortId);
        Committee = await SendAsync(new GetCommittee(committeeId));
        if (Committee.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Comité introuvable.");
        Meeting = await SendAsync(new GetMeeting(committeeId, meetingId));
    }
}
