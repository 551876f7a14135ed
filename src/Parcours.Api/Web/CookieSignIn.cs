using Microsoft.AspNetCore.Identity;
using Parcours.Application.Accounts;
using Parcours.Infrastructure.Identity;

namespace Parcours.Api.Web;

/// <summary>The web interface's sign-in: Identity's cookie, behind the same failed-login throttle as the API.</summary>
internal sealed class CookieSignIn(SignInManager<ParcoursUser> signIn, LoginThrottle throttle, IHttpContextAccessor http, CredentialLedger ledger) : IInteractiveSignIn
{
    public async Task<InteractiveSignIn> SignInAsync(string email, string password, CancellationToken ct)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
        if (await throttle.RetryAfterAsync(address, email, ct) is { } wait)
        {
            return new InteractiveSignIn(SignInOutcome.Throttled, RetryAfter: wait);
        }
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await throttle.FailedAsync(address, email, ct);
            return new InteractiveSignIn(result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.InvalidCredentials);
        }
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        return new InteractiveSignIn(SignInOutcome.Succeeded, user is null ? null : await signIn.CreateUserPrincipalAsync(user));
    }

    public async Task SignOutAsync()
    {
        // The session ends on the server too: a copy of the cookie no longer opens anything.
        if (http.HttpContext?.User.FindFirst(CredentialLedger.SessionClaim) is { } session)
        {
            await ledger.EndSessionAsync(session.Value, http.HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
    }
}
