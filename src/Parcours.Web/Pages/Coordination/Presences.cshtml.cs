using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>Attendance rates per session, then per territory and person a page at a time, and the CSV of every sheet.</summary>
public sealed class PresencesModel : CoordinationPage
{
    public AttendanceRatesDto Rates { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        // Territories a page at a time (and their people): a national cohort has thousands.
        Rates = await SendAsync(new GetAttendanceRates(cohortId, Math.Max(1, PageNumber), PageSize));
    }

    public const int PageSize = 50;

    public string PageLink(int page) => $"?page={page}#par-territoire";

    public async Task<IActionResult> OnGetCsvAsync(Guid cohortId)
    {
        var file = await SendAsync(new ExportAttendance(cohortId));
        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    public static string Percent(double share) => share.ToString("P0", Application.Common.FrenchTime.Culture);
}
