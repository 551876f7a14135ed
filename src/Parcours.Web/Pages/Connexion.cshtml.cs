using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Parcours.Application.Accounts;
using Parcours.Web.Infrastructure;

namespace Parcours.Web.Pages;

/// <summary>
/// Sign-in with the session cookie. When a form was posted after the session expired, the cookie's
/// challenge brings that post here (307): what the person typed rides along in the login form and is
/// handed back, with a fresh token, once they are signed in again — never lost.
/// </summary>
[IgnoreAntiforgeryToken] // Checked by hand in OnPostAsync: a carried post holds the token of the session that expired.
public sealed class ConnexionModel(IInteractiveSignIn signIn, IAntiforgery antiforgery) : UseCasePage
{
    private static readonly HashSet<string> NotCarried = new(StringComparer.OrdinalIgnoreCase) { "__jeton", "Email", "Password", "Reprise" };

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true, Name = "retour")] public string? Retour { get; set; }
    /// <summary>The fields of the form that was posted after the session expired (JSON).</summary>
    [BindProperty] public string? Reprise { get; set; }

    /// <summary>Signed in again with a carried form: the page offers to send it.</summary>
    public bool Resuming { get; private set; }
    public IReadOnlyList<KeyValuePair<string, string>> Carried { get; private set; } = [];

    public string Target => !string.IsNullOrEmpty(Retour) && Url.IsLocalUrl(Retour) && !Retour.StartsWith("/connexion", StringComparison.OrdinalIgnoreCase) ? Retour : "/";

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(Target);
        return Page();
    }

    /// <summary>A form posted with an expired session: keep its fields and ask to sign in.</summary>
    public IActionResult OnPostReprise()
    {
        var fields = Request.Form.Where(f => !NotCarried.Contains(f.Key))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
        if (User.Identity?.IsAuthenticated == true)
        {
            // Still signed in (the form's token was stale, not the session): hand the fields back at once.
            Carried = fields;
            Resuming = true;
            return Page();
        }
        Reprise = JsonSerializer.Serialize(fields);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            ModelState.AddModelError(string.Empty, "Le formulaire de connexion a expiré : saisissez à nouveau votre mot de passe.");
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Saisissez votre adresse e-mail.");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Saisissez votre mot de passe.");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.SignInAsync(Email!, Password!, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.Throttled:
                ModelState.AddModelError(string.Empty,
                    $"Trop d'échecs de connexion : réessayez dans {Math.Ceiling(result.RetryAfter!.Value.TotalMinutes)} minute(s).");
                return Page();
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, "Ce compte est verrouillé quelques minutes après plusieurs échecs ; réessayez plus tard.");
                return Page();
            case SignInOutcome.InvalidCredentials:
                ModelState.AddModelError(nameof(Password), "Adresse e-mail ou mot de passe incorrect.");
                return Page();
        }
        if (string.IsNullOrEmpty(Reprise)) return LocalRedirect(Target);

        // Signed in within this request: the token of the resumed form must be for the person now signed in.
        HttpContext.User = result.Principal!;
        Carried = JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(Reprise) ?? [];
        Resuming = true;
        return Page();
    }
}
