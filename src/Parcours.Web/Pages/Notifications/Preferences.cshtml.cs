using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Notifications;
using Parcours.Domain.Reminders;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Notifications;

/// <summary>How the person wants each kind of reminder: by e-mail (each at its moment, or in a daily or weekly digest), in the application, both or neither.</summary>
public sealed class PreferencesModel : UseCasePage
{
    public IReadOnlyList<NotificationPreferenceDto> Preferences { get; private set; } = [];

    [BindProperty] public List<ReminderKind> Email { get; set; } = [];
    [BindProperty] public List<ReminderKind> InApp { get; set; } = [];
    [BindProperty] public Dictionary<ReminderKind, DigestFrequency> Digest { get; set; } = [];

    public static readonly IReadOnlyList<(DigestFrequency Value, string Label)> Frequencies =
    [
        (DigestFrequency.Immediate, "Un e-mail par rappel, à son heure"),
        (DigestFrequency.Daily, "Un résumé chaque matin (7 h)"),
        (DigestFrequency.Weekly, "Un résumé le lundi matin (7 h)"),
    ];

    public async Task OnGetAsync() => Preferences = await SendAsync(new GetNotificationPreferences());

    public async Task<IActionResult> OnPostAsync()
    {
        Preferences = await SendAsync(new GetNotificationPreferences());
        var choices = Preferences.Select(p => new PreferenceChoice(p.Kind, Email.Contains(p.Kind), InApp.Contains(p.Kind),
            Digest.TryGetValue(p.Kind, out var digest) ? digest : null)).ToList();
        var (ok, _) = await TryAsync(new SetNotificationPreferences(choices));
        return ok ? RedirectWithFlash("/notifications/preferences", "Vos préférences sont enregistrées.") : Page();
    }
}
