using Parcours.Application.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>What participants thought of a session: counts, averages, comments.</summary>
public sealed class AvisSeanceModel : CoordinationPage
{
    public SessionFeedbackDto Feedback { get; private set; } = null!;

    public async Task OnGetAsync(Guid cohortId, Guid sessionId)
    {
        await LoadCohortAsync(cohortId);
        Feedback = await SendAsync(new GetSessionFeedback(sessionId));
    }
}
