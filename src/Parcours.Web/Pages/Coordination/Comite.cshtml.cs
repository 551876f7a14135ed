using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Committees;
using Parcours.Application.Common;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A committee: its members (organisation, person, from/to) seated and unseated, its meetings
/// planned (the orientation committee's three milestones in one click), and its decisions register
/// across meetings with what is still open.
/// </summary>
public sealed class ComiteModel(TimeProvider clock) : CoordinationPage
{
    public CommitteeDto Committee { get; private set; } = null!;
    public IReadOnlyList<MeetingSummaryDto> Meetings { get; private set; } = [];
    public IReadOnlyList<DecisionDto> Decisions { get; private set; } = [];
    public PersonChoice MemberChoice { get; private set; } = null!;

    [BindProperty] public string? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Member { get; set; }
    [BindProperty(SupportsGet = true)] public string? SearchMember { get; set; }
    [BindProperty] public DateOnly? JoinedOn { get; set; }
    [BindProperty] public string? MeetingTitle { get; set; }
    [BindProperty] public DateOnly? MeetingDay { get; set; }
    [BindProperty] public TimeOnly? MeetingTime { get; set; }
    [BindProperty] public int? MeetingDuration { get; set; }
    [BindProperty] public string? MeetingPlace { get; set; }
    [BindProperty] public string? MeetingAgenda { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid committeeId)
    {
        ModelState.Clear();
        JoinedOn = FrenchTime.Today(clock);
        MeetingTime = new TimeOnly(14, 0);
        MeetingDuration = 120;
        await LoadAsync(cohortId, committeeId);
    }

    public async Task<IActionResult> OnPostSiegerAsync(Guid cohortId, Guid committeeId)
    {
        Guid? person = Guid.TryParse(Member, out var p) ? p : null;
        if (JoinedOn is null) ModelState.AddModelError(nameof(JoinedOn), "Indiquez la date d'entrée au comité.");
        if (ModelState.IsValid)
        {
            var (ok, _) = await TryFormAsync(new SeatCommitteeMember(Organisation: Organisation ?? "", PersonId: person, JoinedOn: JoinedOn!.Value) { CommitteeId = committeeId },
                f => f switch { "Organisation" => nameof(Organisation), "PersonId" => nameof(Member), "JoinedOn" => nameof(JoinedOn), _ => "" });
            if (ok) return RedirectWithFlash(Here(cohortId, committeeId), $"« {Organisation} » siège désormais au comité.");
        }
        await LoadAsync(cohortId, committeeId);
        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid cohortId, Guid committeeId, Guid seat)
    {
        var (ok, _) = await TryAsync(new UnseatCommitteeMember(LeftOn: FrenchTime.Today(clock)) { CommitteeId = committeeId, SeatId = seat });
        if (ok) return RedirectWithFlash(Here(cohortId, committeeId), "Membre sorti du comité à la date du jour (il reste dans l'historique).");
        await LoadAsync(cohortId, committeeId);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanifierAsync(Guid cohortId, Guid committeeId)
    {
        if (MeetingDay is null) ModelState.AddModelError(nameof(MeetingDay), "Indiquez le jour de la réunion.");
        if (MeetingTime is null) ModelState.AddModelError(nameof(MeetingTime), "Indiquez l'heure de la réunion.");
        if (ModelState.IsValid)
        {
            var agenda = (MeetingAgenda ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var (ok, meeting) = await TryFormAsync(new PlanMeeting(Title: MeetingTitle ?? "", StartsAt: MeetingDay!.Value.ToDateTime(MeetingTime!.Value), TimeZone: FrenchTime.ZoneId, DurationMinutes: MeetingDuration ?? 0, Place: MeetingPlace, OnlineLink: null, Agenda: agenda) { CommitteeId = committeeId },
                f => f switch
                {
                    "Title" => nameof(MeetingTitle), "StartsAt" => nameof(MeetingDay), "DurationMinutes" => nameof(MeetingDuration), "Place" => nameof(MeetingPlace),
                    _ when f.StartsWith("Agenda", StringComparison.Ordinal) => nameof(MeetingAgenda), _ => "",
                });
            if (ok) return RedirectWithFlash(PageLinks.CohortPage(cohortId, $"comites/{committeeId}/reunions/{meeting!.Id}"), $"Réunion « {meeting.Title} » planifiée.");
        }
        await LoadAsync(cohortId, committeeId);
        return Page();
    }

    public async Task<IActionResult> OnPostJalonsAsync(Guid cohortId, Guid committeeId)
    {
        var (ok, meetings) = await TryAsync(new CreateMilestoneMeetings(committeeId));
        if (ok) return RedirectWithFlash(Here(cohortId, committeeId), $"{meetings!.Count} réunions planifiées aux jalons du parcours (lancement, mi-parcours, fin).");
        await LoadAsync(cohortId, committeeId);
        return Page();
    }

    private static string Here(Guid cohortId, Guid committeeId) => PageLinks.CohortPage(cohortId, $"comites/{committeeId}");

    private async Task LoadAsync(Guid cohortId, Guid committeeId)
    {
        await LoadCohortAsync(cohortId);
        Committee = await SendAsync(new GetCommittee(committeeId));
        if (Committee.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Comité introuvable.");
        Meetings = await SendAsync(new ListMeetings(committeeId));
        Decisions = await SendAsync(new ListCommitteeDecisions(committeeId));
        MemberChoice = new PersonChoice(nameof(Member), "Personne (facultatif)", nameof(SearchMember), SearchMember, Member, await FindPeopleAsync(SearchMember, Member),
            "Une personne connue reçoit les invitations et rappels du comité.");
    }
}
