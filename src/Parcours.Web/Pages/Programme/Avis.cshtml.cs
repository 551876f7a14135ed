using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>A participant's questionnaire on a session they attended: three scores, two answers, anonymous if they choose.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class AvisModel : UseCasePage
{
    public MyFeedbackDto Feedback { get; private set; } = null!;

    [BindProperty] public int? ContentScore { get; set; }
    [BindProperty] public int? WorkshopScore { get; set; }
    [BindProperty] public int? GuestScore { get; set; }
    [BindProperty] public string? TakeAway { get; set; }
    [BindProperty] public string? Missing { get; set; }
    [BindProperty] public bool Anonymous { get; set; }

    public async Task OnGetAsync(Guid id) => Feedback = await SendAsync(new GetMySessionFeedback(id));

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (ModelState.IsValid)
        {
            var (ok, given) = await TryAsync(new SubmitSessionFeedback(ContentScore ?? 0, WorkshopScore ?? 0, GuestScore ?? 0, TakeAway, Missing, Anonymous) { SessionId = id },
                f => f switch { "contentScore" => nameof(ContentScore), "workshopScore" => nameof(WorkshopScore), "guestScore" => nameof(GuestScore),
                    "takeAway" => nameof(TakeAway), "missing" => nameof(Missing), _ => f });
            if (ok) return RedirectWithFlash(PageLinks.Session(id), given!.Message);
        }
        Feedback = await SendAsync(new GetMySessionFeedback(id));
        return Page();
    }
}
