using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Comites;

/// <summary>The decisions register of a committee the person sits on.</summary>
[Authorize(Roles = Roles.CommitteeMember)]
public sealed class RegistreModel : UseCasePage
{
    public CommitteeDto Committee { get; private set; } = null!;
    public IReadOnlyList<DecisionDto> Decisions { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> MeetingTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(Guid committeeId)
    {
        Committee = await SendAsync(new GetCommittee(committeeId));
        Decisions = await SendAsync(new ListCommitteeDecisions(committeeId));
        MeetingTitles = (await SendAsync(new ListMeetings(committeeId))).ToDictionary(m => m.Id, m => m.Title);
    }
}
