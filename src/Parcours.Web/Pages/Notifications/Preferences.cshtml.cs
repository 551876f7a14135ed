using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Notifications;
using Parcours.Domain.Reminders;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages.Notifications;

/// <summary>How the person wants each kind of reminder: by e-mail, in the application, both or neither.</summary>
public sealed class PreferencesModel : UseCasePage
{
    public IReadOnlyList<NotificationPreferenceDto> Preferences { get; private set; } = [];

    [BindProperty] public List<ReminderKind> Email { get; set; } = [];
    [BindProperty] public List<ReminderKind> InApp { get; set; } = [];

    public async Task OnGetAsync() => Preferences = await SendAsync(new GetNotificationPreferences());

    public async Task<IActionResult> OnPostAsync()
    {
        Preferences = await SendAsync(new GetNotificationPreferences());
        var choices = Preferences.Select(p => new PreferenceChoice(p.Kind, Email.Contains(p.Kind), InApp.Contains(p.Kind))).ToList();
        var (ok, _) = await TryAsync(new SetNotificationPreferences(choices));
        return ok ? RedirectWithFlash("/notifications/preferences", "Vos préférences sont enregistrées.") : Page();
    }
}
