using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>Attendance rates per session, territory and person, and the CSV of every sheet.</summary>
public sealed class PresencesModel : CoordinationPage
{
    public AttendanceRatesDto Rates { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        Rates = await SendAsync(new GetAttendanceRates(cohortId));
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid cohortId)
    {
        var file = await SendAsync(new ExportAttendance(cohortId));
        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }

    public static string Percent(double share) => share.ToString("P0", Application.Common.FrenchTime.Culture);
}
