using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Domain.Sessions;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Coordination;

/// <summary>
/// A session's details: title, the theory and the workshop, the « rencontre inspirante » and its
/// speakers, the place or link, the agenda. Lists are typed one item a line, as in a plain e-mail.
/// </summary>
public sealed class SeanceModel : CoordinationPage
{
    public SessionDto Session { get; private set; } = null!;

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Theory { get; set; }
    [BindProperty] public string? Workshop { get; set; }
    [BindProperty] public string? Guest { get; set; }
    [BindProperty] public string? VenueName { get; set; }
    [BindProperty] public string? VenueAddress { get; set; }
    [BindProperty] public string? OnlineLink { get; set; }
    /// <summary>One speaker a line: « Nom ; organisation ; rôle ».</summary>
    [BindProperty] public string? Speakers { get; set; }
    /// <summary>One sequence a line: « 09:30 ; Accueil » or « 09:30 ; 10:00 ; Accueil ».</summary>
    [BindProperty] public string? Agenda { get; set; }

    public async Task OnGetAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        var s = Session;
        (Title, Theory, Workshop, Guest, VenueName, VenueAddress, OnlineLink) = (s.Title, s.Theory, s.Workshop, s.Guest, s.VenueName, s.VenueAddress, s.OnlineLink);
        Speakers = string.Join("\n", s.Speakers.Select(x => string.Join(" ; ", new[] { x.Name, x.Organisation, x.Role }.Where(v => !string.IsNullOrWhiteSpace(v)))));
        Agenda = string.Join("\n", s.Agenda.Select(a => a.End is { } end
            ? $"{a.Start.ToString("HH:mm", CultureInfo.InvariantCulture)} ; {end.ToString("HH:mm", CultureInfo.InvariantCulture)} ; {a.Title}"
            : $"{a.Start.ToString("HH:mm", CultureInfo.InvariantCulture)} ; {a.Title}"));
    }

    public async Task<IActionResult> OnPostAsync(Guid cohortId, Guid sessionId)
    {
        await LoadAsync(cohortId, sessionId);
        var speakers = Lines(Speakers).Select(l => l.Split(';', StringSplitOptions.TrimEntries)).Select(p =>
            new Speaker(p[0], p.Length > 1 && p[1].Length > 0 ? p[1] : null, p.Length > 2 && p[2].Length > 0 ? string.Join(" ; ", p[2..]) : null)).ToList();
        var agenda = new List<AgendaSegment>();
        foreach (var (line, number) in Lines(Agenda).Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            var end = parts.Length > 2 && TimeOnly.TryParse(parts[1], CultureInfo.InvariantCulture, out var e) ? e : (TimeOnly?)null;
            if (parts.Length < 2 || !TimeOnly.TryParse(parts[0], CultureInfo.InvariantCulture, out var start))
            {
                ModelState.AddModelError(nameof(Agenda), $"Ligne {number} du programme : écrivez « 09:30 ; intitulé » (ou « 09:30 ; 10:00 ; intitulé »).");
                continue;
            }
            agenda.Add(new AgendaSegment(start, end is null ? string.Join(" ; ", parts[1..]) : string.Join(" ; ", parts[2..]), end));
        }
        if (!ModelState.IsValid) return Page();
        var details = new SessionDetails(Title ?? "", Theory, Workshop, Guest, VenueName, VenueAddress, OnlineLink, agenda, speakers, Session.Resources);
        var (ok, session) = await TryFormAsync(new DescribeSession(sessionId, details), f => f switch
        {
            nameof(Title) or nameof(Theory) or nameof(Workshop) or nameof(Guest) or nameof(VenueName) or nameof(VenueAddress) or nameof(OnlineLink) => f,
            _ when f.StartsWith(nameof(Agenda), StringComparison.Ordinal) => nameof(Agenda),
            _ when f.StartsWith(nameof(Speakers), StringComparison.Ordinal) => nameof(Speakers),
            _ => "",
        });
        return ok ? RedirectWithFlash(PageLinks.CohortPage(cohortId, "seances"), $"Session {session!.Code} enregistrée.") : Page();
    }

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private async Task LoadAsync(Guid cohortId, Guid sessionId)
    {
        await LoadCohortAsync(cohortId);
        Session = await SendAsync(new GetSession(sessionId));
        if (Session.CohortId != cohortId) throw new Application.Common.Exceptions.NotFoundException("Session introuvable.");
    }
}
