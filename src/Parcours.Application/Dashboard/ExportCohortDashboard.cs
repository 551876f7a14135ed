using System.Text;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Csv;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Dashboard;

/// <summary>
/// The dashboard's rows as French Excel opens them (UTF-8 with BOM, « ; »): what the filters keep,
/// every page of it, in the order shown.
/// </summary>
public sealed record ExportCohortDashboard(Guid CohortId, DashboardFilter Filter) : IQuery<FileContent>;

internal sealed class ExportCohortDashboardValidator : FluentValidation.AbstractValidator<ExportCohortDashboard>
{
    public ExportCohortDashboardValidator() => RuleFor(x => x.Filter).SetValidator(new DashboardFilterValidator());
}

internal sealed class ExportCohortDashboardHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ExportCohortDashboard, FileContent>
{
    public async Task<FileContent> Handle(ExportCohortDashboard request, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator) throw new NotFoundException("Promotion introuvable.");
        var data = await CohortDashboardData.LoadAsync(db, request.CohortId, clock, cancellationToken);
        var text = new StringBuilder();
        text.Append(CsvText.Line([
            "Territoire", "Région", "Type", "Statut", "Binôme", .. data.Sessions.Select(s => s.Code),
            "Feuille de route", "Dernier contact", "Jours sans nouvelles", "Prochaines étapes en retard"])).Append("\r\n");
        foreach (var row in data.Select(request.Filter))
        {
            text.Append(CsvText.Line([
                row.TerritoryName, row.RegionLabel, row.KindLabel, row.StatusLabel, string.Join(" et ", row.Binome),
                .. row.Attendance.Select(DashboardLabels.Attendance),
                DashboardLabels.Roadmap(row.Roadmap), row.LastContact?.ToString("dd/MM/yyyy", FrenchTime.Culture),
                row.DaysWithoutNews?.ToString(FrenchTime.Culture), row.OverdueSteps.ToString(FrenchTime.Culture)])).Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new FileContent("tableau-de-bord.csv", bytes);
    }
}
