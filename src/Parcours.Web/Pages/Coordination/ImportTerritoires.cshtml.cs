using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Territories;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// Territories imported from the coordinators' spreadsheet (« ; », Windows-1252 as Excel saves it, or
/// UTF-8) in two steps: a preview that lists what would be written and every bad line with its number,
/// then the import itself — all or nothing. The file travels in the confirmation form, so nothing is
/// kept on the server between the two steps.
/// </summary>
// The file (2 MB at most) is posted once as a file, then once more as base64 in the confirmation.
[RequestSizeLimit(4 * 1024 * 1024)]
public sealed class ImportTerritoiresModel(TimeProvider clock) : CoordinationPage
{
    public const long MaxBytes = 2 * 1024 * 1024;

    [BindProperty] public Microsoft.AspNetCore.Http.IFormFile? Upload { get; set; }
    [BindProperty] public DateOnly? SolicitedOn { get; set; }
    /// <summary>The previewed file, carried to the confirmation (base64).</summary>
    [BindProperty] public string? Carried { get; set; }
    [BindProperty] public string? FileName { get; set; }

    public ImportPreviewDto? Preview { get; private set; }

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        SolicitedOn = FrenchTime.Today(clock);
    }

    public async Task<IActionResult> OnPostApercuAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choisissez le fichier CSV des territoires.");
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Le fichier dépasse 2 Mo : découpez-le.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
        Carried = Convert.ToBase64String(buffer.ToArray());
        FileName = Path.GetFileName(Upload.FileName);
        Preview = await SendAsync(new PreviewTerritoryImport(cohortId, buffer.ToArray()));
        return Page();
    }

    public async Task<IActionResult> OnPostImporterAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Carried ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }
        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "Le fichier à importer n'a pas été reçu : choisissez-le à nouveau.");
            return Page();
        }
        var (ok, result) = await TryFormAsync(new ImportTerritories(cohortId, bytes, SolicitedOn ?? FrenchTime.Today(clock)),
            f => f == "Date" ? nameof(SolicitedOn) : f.StartsWith("Ligne", StringComparison.Ordinal) ? "" : f);
        if (ok)
        {
            return RedirectWithFlash(PageLinks.CohortPage(cohortId, "territoires"),
                $"{result!.Imported} territoires importés et sollicités ({result.Created} créés, {result.Reused} déjà connus).");
        }
        // Something changed since the preview (a territory solicited meanwhile): show the preview again, with the reasons.
        Preview = await SendAsync(new PreviewTerritoryImport(cohortId, bytes));
        return Page();
    }
}
