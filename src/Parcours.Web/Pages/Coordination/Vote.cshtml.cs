using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// The vote on S3's topic from the coordination's side: opened with its options, ballots seen as
/// they come, closed, a tie decided — the winner becomes S3's topic. One handler per use case.
/// </summary>
public sealed class VoteModel : CoordinationPage
{
    public TopicVoteDto? Vote { get; private set; }
    public IReadOnlyList<BallotDto> Ballots { get; private set; } = [];

    /// <summary>One topic a line; empty offers the programme's deepening topics.</summary>
    [BindProperty] public string? Options { get; set; }
    [BindProperty] public string? Choice { get; set; }

    public Task OnGetAsync(Guid cohortId) => LoadAsync(cohortId);

    public async Task<IActionResult> OnPostOuvrirAsync(Guid cohortId)
    {
        var options = (Options ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (ok, _) = await TryFormAsync(new OpenTopicVote(Options: options) { CohortId = cohortId }, f => f.StartsWith("Options", StringComparison.Ordinal) ? nameof(Options) : "");
        if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "vote"), "Vote ouvert : les catalyseurs peuvent choisir le thème de S3.");
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnPostCloreAsync(Guid cohortId)
    {
        var (ok, vote) = await TryAsync(new CloseTopicVote(cohortId));
        if (ok)
        {
            return RedirectWithFlash(PageLinks.CohortPage(cohortId, "vote"), vote!.Winner is { } winner
                ? $"Vote clos : « {winner} » sera le thème de S3."
                : "Vote clos sur une égalité : choisissez le thème de S3 parmi les ex æquo.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    public async Task<IActionResult> OnPostTrancherAsync(Guid cohortId)
    {
        if (!Guid.TryParse(Choice, out var option)) ModelState.AddModelError(nameof(Choice), "Choisissez le thème retenu.");
        if (ModelState.IsValid)
        {
            var (ok, vote) = await TryFormAsync(new DecideTopicVote(OptionId: option) { CohortId = cohortId }, f => f == "OptionId" ? nameof(Choice) : "");
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, "vote"), $"Égalité tranchée : « {vote!.Winner} » sera le thème de S3.");
        }
        await LoadAsync(cohortId);
        return Page();
    }

    private async Task LoadAsync(Guid cohortId)
    {
        await LoadCohortAsync(cohortId);
        try
        {
            Vote = await SendAsync(new GetTopicVote(cohortId));
            Ballots = await SendAsync(new ListBallots(cohortId));
        }
        catch (NotFoundException)
        {
            Vote = null; // not opened yet
        }
    }
}
