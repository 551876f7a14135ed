using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Common;
using Parcours.Application.FollowUps;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Accompagnement;

/// <summary>« Mes territoires »: what the coach follows today and what needs them there.</summary>
[Authorize(Roles = Roles.Coach)]
public sealed class IndexModel : UseCasePage
{
    public IReadOnlyList<CoachTerritoryDto> Territories { get; private set; } = [];

    public async Task OnGetAsync() => Territories = await SendAsync(new ListCoachTerritories());
}
