using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Privacy;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Administration;

/// <summary>Retention: what the nightly job removes, or would remove while it simulates; run it now.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class ConservationModel : UseCasePage
{
    public RetentionPreviewDto Preview { get; private set; } = null!;

    public async Task OnGetAsync() => Preview = await SendAsync(new PreviewRetention());

    public async Task<IActionResult> OnPostAsync()
    {
        var report = await SendAsync(new ApplyRetention());
        return RedirectWithFlash("/administration/conservation", report.Applied
            ? $"Conservation appliquée : {report.ConfidentialNotes} notes confidentielles et {report.Messages} messages supprimés."
            : $"Simulation : {report.ConfidentialNotes} notes confidentielles et {report.Messages} messages seraient supprimés ; rien n'a été supprimé.");
    }
}
