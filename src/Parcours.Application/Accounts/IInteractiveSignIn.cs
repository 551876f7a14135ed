using System.Security.Claims;

namespace Parcours.Application.Accounts;

public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Throttled,
}

/// <summary>What a sign-in from the web interface came to; the principal when it succeeded.</summary>
public sealed record InteractiveSignIn(SignInOutcome Outcome, ClaimsPrincipal? Principal = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Signing a person in and out of the web interface with the session cookie. A port, so that pages
/// know nothing of Identity; the host implements it with the same throttle as the API's login.
/// </summary>
public interface IInteractiveSignIn
{
    Task<InteractiveSignIn> SignInAsync(string email, string password, CancellationToken ct);
    Task SignOutAsync();
}
