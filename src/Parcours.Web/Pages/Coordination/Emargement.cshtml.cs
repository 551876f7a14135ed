using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Domain.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The session's attendance sheet: one line per expected person, grouped by territory, ticked
/// present / excused / absent. Without JavaScript the whole sheet is saved at once; with htmx each
/// line is saved as soon as it changes and comes back as saved (« in place »).
/// </summary>
// A 2,000-person sheet posted whole is about 200 KB.
[RequestSizeLimit(2 * 1024 * 1024)]
public sealed class EmargementModel : CoordinationPage
{
    public sealed record Line(Guid CohortId, Guid SessionId, AttendanceRowDto Row, string? Error = null, bool JustSaved = false);

    public AttendanceSheetDto Sheet { get; private set; } = null!;
    public SessionDto Session { get; private set; } = null!;

    public Task OnGetAsync(Guid cohortId, Guid sessionId) => LoadAsync(cohortId, sessionId);

    /// <summary>The whole sheet (the plain form): every line with a status is recorded.</summary>
    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        var entries = Sheet.Rows.Select(r => Entry(r.PersonId)).OfType<AttendanceEntry>().ToList();
        if (!ModelState.IsValid) return Page();
        if (entries.Count == 0)
        {
            ModelState.AddModelError("", "Cochez au moins une présence avant d'enregistrer.");
            return Page();
        }
        var (ok, sheet) = await TryFormAsync(new RecordAttendance(Entries: entries) { SessionId = sessionId }, _ => "");
        if (!ok) return Page();
        return RedirectWithFlash(PageLinks.AttendanceSheet(cohortId, sessionId),
            $"Émargement enregistré : {sheet!.Present} présents, {sheet.Excused} excusés, {sheet.Absent} absents, {sheet.NotRecorded} non renseignés.");
    }

    /// <summary>One line, saved as soon as it changes (htmx); answers the line as it now stands.</summary>
    public async Task<IActionResult> OnPostLigneAsync(Guid cohortId, Guid sessionId, Guid personne)
    {
        var entry = Entry(personne);
        string? error = null;
        if (entry is null)
        {
            error = ModelState.IsValid ? "Choisissez présent, excusé ou absent." : string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        else
        {
            var (ok, _) = await TryFormAsync(new RecordAttendance(Entries: [entry]) { SessionId = sessionId }, _ => "");
            if (!ok) error = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        var sheet = await SendAsync(new GetAttendanceSheet(sessionId));
        var row = sheet.Rows.FirstOrDefault(r => r.PersonId == personne)
            ?? throw new Application.Common.Exceptions.NotFoundException("Personne introuvable sur cette feuille.");
        if (Request.Headers.ContainsKey("HX-Request")) return Partial("_LigneEmargement", new Line(cohortId, sessionId, row, error, error is null));
        if (error is not null)
        {
            Flash = error;
        }
        return LocalRedirect(PageLinks.AttendanceSheet(cohortId, sessionId) + "#l-" + personne);
    }

    /// <summary>What the form says of one person: null when no status is ticked.</summary>
    private AttendanceEntry? Entry(Guid personId)
    {
        var status = Request.Form[$"p_{personId}"].ToString();
        if (string.IsNullOrEmpty(status)) return null;
        if (!Enum.TryParse<AttendanceStatus>(status, out var parsed) || !Enum.IsDefined(parsed))
        {
            ModelState.AddModelError("", $"« {status} » n'est pas une présence : choisissez présent, excusé ou absent.");
            return null;
        }
        var comment = Request.Form[$"c_{personId}"].ToString();
        return new AttendanceEntry(personId, parsed, string.IsNullOrWhiteSpace(comment) ? null : comment);
    }

    private async Task LoadAsync(Guid cohortId, Guid sessionId)
    {
        await LoadCohortAsync(cohortId);
        Session = await SendAsync(new GetSession(sessionId));
        if (Session.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Session introuvable.");
        Sheet = await SendAsync(new GetAttendanceSheet(sessionId));
    }
}
