using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Common.Paging;

namespace Parcours.Application.Dashboard;

public sealed record CohortDashboardDto(
    Guid CohortId, string CohortTitle, DateOnly Today, DashboardCountsDto Counts, DashboardAlertsDto Alerts,
    IReadOnlyList<DashboardSessionDto> Sessions, Paged<DashboardRowDto> Rows);

/// <summary>
/// The coordination's dashboard of a cohort: one row per territory (status, binôme, attendance at
/// S1–S4, roadmap, last contact, overdue steps), filtered, sorted and paged; counts and alerts on top.
/// </summary>
public sealed record GetCohortDashboard(Guid CohortId, DashboardFilter Filter, int Page = 1, int PageSize = 50) : IQuery<CohortDashboardDto>;

internal sealed class GetCohortDashboardValidator : AbstractValidator<GetCohortDashboard>
{
    public GetCohortDashboardValidator()
    {
        this.PageRules(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Filter).SetValidator(new DashboardFilterValidator());
    }
}

internal sealed class DashboardFilterValidator : AbstractValidator<DashboardFilter>
{
    public DashboardFilterValidator()
    {
        RuleFor(x => x.Search).OptionalText("recherche", 100);
        RuleFor(x => x.SilentDays).InclusiveBetween(0, 3650).When(x => x.SilentDays is not null)
            .WithMessage("Le nombre de jours sans nouvelles est compris entre 0 et 3 650.");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Ce statut n'existe pas.");
        RuleFor(x => x.Region).IsInEnum().WithMessage("Cette région n'existe pas.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Ce type de territoire n'existe pas.");
        RuleFor(x => x.Roadmap).IsInEnum().WithMessage("Cet état de feuille de route n'existe pas.");
        RuleFor(x => x.Sort).IsInEnum().WithMessage("Ce tri n'existe pas.");
    }
}

internal sealed class GetCohortDashboardHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetCohortDashboard, CohortDashboardDto>
{
    public async Task<CohortDashboardDto> Handle(GetCohortDashboard request, CancellationToken cancellationToken)
    {
        // The dashboard names every territory's silences and absences: the coordination's view only.
        if (!access.IsCoordinator) throw new NotFoundException("Promotion introuvable.");
        var data = await CohortDashboardData.LoadAsync(db, request.CohortId, clock, cancellationToken);
        var rows = data.Select(request.Filter);
        var page = rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new CohortDashboardDto(request.CohortId, data.CohortTitle, data.Today, data.Counts, data.Alerts, data.Sessions,
            new Paged<DashboardRowDto>(page, request.Page, request.PageSize, rows.Count));
    }
}
