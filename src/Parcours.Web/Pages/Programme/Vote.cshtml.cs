using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Programme;

/// <summary>The vote on the topic of S3: the options, the catalyst's ballot (changeable while open), the result.</summary>
[Authorize(Roles = Roles.Catalyst)]
public sealed class VoteModel : UseCasePage
{
    public CohortDto Cohort { get; private set; } = null!;
    /// <summary>Null while the coordination has not opened the vote.</summary>
    public TopicVoteDto? Vote { get; private set; }

    [BindProperty] public Guid? OptionId { get; set; }

    public async Task OnGetAsync(Guid cohortId) => await LoadAsync(cohortId);

    public async Task<IActionResult> OnPostAsync(Guid cohortId)
    {
        if (OptionId is not { } option)
        {
            ModelState.AddModelError(nameof(OptionId), "Choisissez un thème.");
        }
        else
        {
            var (ok, _) = await TryAsync(new CastBallot(OptionId: option) { CohortId = cohortId }, new Dictionary<string, string> { ["optionId"] = nameof(OptionId) });
            if (ok) return RedirectWithFlash(PageLinks.Vote(cohortId), "Votre vote est enregistré. Vous pouvez le changer tant que le vote est ouvert.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId)
    {
        Cohort = await SendAsync(new GetCohort(cohortId)); // « introuvable » for a cohort that is not the caller's
        try
        {
            Vote = await SendAsync(new GetTopicVote(cohortId));
            OptionId ??= Vote.MyChoice;
        }
        catch (NotFoundException)
        {
            Vote = null; // The cohort is visible: only the vote is missing.
        }
    }
}
