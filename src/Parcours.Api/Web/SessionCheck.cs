using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Parcours.Infrastructure.Identity;

namespace Parcours.Api.Web;

/// <summary>
/// Identity's tokens are sealed tickets that nothing checks again until they expire. Here every
/// signed-in request is checked against what happened since: its session signed out (the cookie, the
/// bearer and the refresh token of one sign-in share its id), and — for bearer tokens, whose handler
/// has no security-stamp check of its own — the account's stamp (changed with its roles or password)
/// and its lock. What no longer holds is refused on that very request: 401 on the API, the login page
/// for the interface.
/// </summary>
internal static class SessionCheck
{
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await StillValidAsync(context))
        {
            if (!Parcours.Web.WebModule.IsApi(context))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.Response.Redirect($"{context.Request.PathBase}/connexion");
                return;
            }
            await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "session-ended",
                "Cette session a pris fin (déconnexion, changement de rôles ou de mot de passe, compte verrouillé) : reconnectez-vous.");
            return;
        }
        await next(context);
    });

    private static async Task<bool> StillValidAsync(HttpContext context)
    {
        var ledger = context.RequestServices.GetRequiredService<CredentialLedger>();
        var session = context.User.FindFirst(CredentialLedger.SessionClaim)?.Value;
        if (context.Request.Headers.Authorization.Count == 0)
        {
            // The cookie's stamp is Identity's own check.
            return session is null || !await ledger.IsEndedAsync(session, context.RequestAborted);
        }
        // A bearer token: the session, the account's stamp and its lock, from one read of the database, compared as
        // Identity compares them (SignInManager.ValidateSecurityStampAsync, UserManager.IsLockedOutAsync) without
        // building its managers for every request.
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (context.User.FindFirst(claims.UserIdClaimType)?.Value is not { } userId) return false;
        var account = await ledger.BearerSessionAsync(userId, session, context.RequestAborted);
        return account is { Ended: false }
            && string.Equals(account.SecurityStamp, context.User.FindFirst(claims.SecurityStampClaimType)?.Value, StringComparison.Ordinal)
            && !(account.LockoutEnabled && account.LockoutEnd >= DateTimeOffset.UtcNow);
    }
}
