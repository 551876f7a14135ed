using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Resources;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>Adds a link or a document to the cohort's library, classified, open to whom it should be, and perhaps a session's support.</summary>
public sealed class AjouterRessourceModel : CoordinationPage
{
    [BindProperty] public ResourceForm Form { get; set; } = new();
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public IFormFile? Fichier { get; set; }

    public async Task OnGetAsync(Guid cohortId, [FromQuery(Name = "seance")] Guid? seance)
    {
        await LoadAsync(cohortId);
        Form.SessionId = seance?.ToString();
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        await LoadAsync(cohortId);
        if (!ModelState.IsValid) return Page();
        var command = new AddResource(Form.Title ?? "", Form.KindValue, Form.VisibilityValue, Form.SessionValue, Form.Description, Form.ThemeValues,
            string.IsNullOrWhiteSpace(Link) ? null : Link) { CohortId = cohortId };
        if (Fichier is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await Fichier.CopyToAsync(buffer, HttpContext.RequestAborted);
            command = command with { FileName = Path.GetFileName(Fichier.FileName), Content = buffer.ToArray() };
        }
        try
        {
            var (ok, resource) = await TryAsync(command, f => f == "url" ? nameof(Link) : ResourceForm.FieldOf(f));
            if (!ok) return Page();
            var list = PageLinks.CohortPage(cohortId, "ressources") + (resource!.SessionId is { } s ? $"?seance={s}" : "");
            return RedirectWithFlash(list, $"« {resource.Title} » ajoutée au centre de ressources.");
        }
        catch (DocumentRefusedException refused)
        {
            ModelState.AddModelError(nameof(Fichier), refused.Message);
            return Page();
        }
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Form.Sessions = await SendAsync(new ListCohortSessions(cohortId));
    }
}
