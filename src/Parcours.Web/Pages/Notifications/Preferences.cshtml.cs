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
        // A frequency the form does not offer (a tampered form): said once, linked to its field, and nothing is saved.
        // The dictionary binder reports it under two keys (« Digest.X » and « Digest[X] »): one message is kept.
        if (!ModelState.IsValid)
        {
            var errors = ModelState.Where(e => e.Value!.Errors.Count > 0)
                .Select(e => (Key: System.Text.RegularExpressions.Regex.Replace(e.Key, @"^Digest\.(\w+)$", "Digest[$1]"), e.Value!.Errors[0].ErrorMessage))
                .DistinctBy(e => e.Key).ToList();
            ModelState.Clear();
            foreach (var (key, message) in errors) ModelState.AddModelError(key, message);
            return Page();
        }
        var choices = Preferences.Select(p => new PreferenceChoice(p.Kind, Email.Contains(p.Kind), InApp.Contains(p.Kind),
            Digest.TryGetValue(p.Kind, out var digest) ? digest : null)).ToList();
        var (ok, _) = await TryAsync(new SetNotificationPreferences(choices));
        return ok ? RedirectWithFlash("/notifications/preferences", "Vos préférences sont enregistrées.") : Page();
    }
}
