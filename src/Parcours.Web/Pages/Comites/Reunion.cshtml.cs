using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Comites;

/// <summary>A meeting as its members read it: agenda (with what is still open), attendance, minutes, decisions, documents.</summary>
[Authorize(Roles = Roles.CommitteeMember)]
public sealed class ReunionModel : UseCasePage
{
    public CommitteeDto Committee { get; private set; } = null!;
    public MeetingDto Meeting { get; private set; } = null!;

    public async Task OnGetAsync(Guid committeeId, Guid meetingId)
    {
        Committee = await SendAsync(new GetCommittee(committeeId));
        Meeting = await SendAsync(new GetMeeting(committeeId, meetingId));
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid document)
    {
        var file = await SendAsync(new GetDocument(document));
        return File(file.Content, file.ContentType, file.FileName);
    }
}
