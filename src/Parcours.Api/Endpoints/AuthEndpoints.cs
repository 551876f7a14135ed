using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Parcours.Api.Web;
using Parcours.Infrastructure.Identity;

namespace Parcours.Api.Endpoints;

public sealed record LoginRequest(string? Email = null, string? Password = null);
public sealed record RefreshRequest(string? RefreshToken = null);

/// <summary>
/// Sign-in for people whose accounts an administrator opened. Identity's own endpoint set is not
/// mapped: it would expose self-registration.
/// </summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Authentification");

        group.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Connexion : renvoie un jeton porteur, ou pose un cookie avec ?useCookies=true.");
        group.MapPost("/refresh", Refresh).AllowAnonymous()
            .WithSummary("Échange un jeton de rafraîchissement contre un nouveau jeton.");
        group.MapPost("/logout", async (SignInManager<ParcoursUser> signIn, CredentialLedger ledger, HttpContext http, CancellationToken ct) =>
        {
            // Tokens carry no server state: the ledger remembers that this sign-in ended — its cookie, its
            // bearer token and its refresh token alike; the person's other sessions go on.
            if (http.User.FindFirst(CredentialLedger.SessionClaim) is { } session)
            {
                await ledger.EndSessionAsync(session.Value, ct);
            }
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).WithSummary("Déconnexion : met fin au cookie, au jeton porteur et au jeton de rafraîchissement.");
    }

    private static async Task<IResult> Login(
        LoginRequest login, [FromQuery] bool? useCookies, SignInManager<ParcoursUser> signIn, LoginThrottle throttle, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrWhiteSpace(login.Password))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["email"] = string.IsNullOrWhiteSpace(login.Email) ? ["L'adresse e-mail est obligatoire."] : [],
                    ["password"] = string.IsNullOrWhiteSpace(login.Password) ? ["Le mot de passe est obligatoire."] : [],
                }.Where(e => e.Value.Length > 0).ToDictionary(),
                title: "Certaines données sont invalides.", type: Problems.Type("validation"));
        }
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
        if (await throttle.RetryAfterAsync(address, login.Email, ct) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: 429, type: Problems.Type("too-many-failed-logins"), title: "Trop de tentatives.",
                detail: $"Trop d'échecs de connexion : réessayez dans {Math.Ceiling(wait.TotalMinutes)} minute(s).");
        }

        var cookies = useCookies == true;
        signIn.AuthenticationScheme = cookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email.Trim(), login.Password, isPersistent: cookies, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The sign-in handler has already written the token (or the cookie).
            return TypedResults.Empty;
        }
        await throttle.FailedAsync(address, login.Email, ct);
        return TypedResults.Problem(statusCode: 401,
            type: Problems.Type(result.IsLockedOut ? "account-locked" : "invalid-credentials"),
            title: "Connexion refusée.",
            detail: result.IsLockedOut
                ? "Ce compte est verrouillé quelques minutes après plusieurs échecs ; réessayez plus tard."
                : "Adresse e-mail ou mot de passe incorrect.");
    }

    private static async Task<IResult> Refresh(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, SignInManager<ParcoursUser> signIn,
        CredentialLedger ledger, CancellationToken ct)
    {
        var ticket = string.IsNullOrWhiteSpace(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || (ticket.Principal.FindFirst(CredentialLedger.SessionClaim) is { } ended && await ledger.IsEndedAsync(ended.Value, ct)))
        {
            return TypedResults.Problem(statusCode: 401, type: Problems.Type("invalid-refresh-token"), title: "Connexion refusée.",
                detail: "Le jeton de rafraîchissement est invalide ou expiré : reconnectez-vous.");
        }
        if (!await ledger.TryConsumeAsync(request.RefreshToken!, expires, ct))
        {
            // Presented twice: one of the two holders is not its owner. End every session of the account.
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            return TypedResults.Problem(statusCode: 401, type: Problems.Type("refresh-token-used"), title: "Connexion refusée.",
                detail: "Ce jeton de rafraîchissement a déjà servi : par précaution, toutes les sessions du compte sont fermées. Reconnectez-vous.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        SessionClaimsFactory.KeepSession(ticket.Principal, principal);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
