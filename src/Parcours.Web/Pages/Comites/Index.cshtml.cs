using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Comites;

/// <summary>« Mes comités »: the committees the person sits on today, their meetings, what is still open, the progress report.</summary>
[Authorize(Roles = Roles.CommitteeMember)]
public sealed class IndexModel : UseCasePage
{
    public IReadOnlyList<MyCommitteeDto> Committees { get; private set; } = [];

    public async Task OnGetAsync() => Committees = await SendAsync(new ListMyCommittees());
}
