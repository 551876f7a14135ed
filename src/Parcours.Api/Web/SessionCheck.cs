using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
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
        if (context.User.FindFirst(CredentialLedger.SessionClaim) is { } session && await ledger.IsEndedAsync(session.Value, context.RequestAborted))
        {
            return false;
        }
        if (context.Request.Headers.Authorization.Count == 0) return true; // The cookie's stamp is Identity's own check.
        var signIn = context.RequestServices.GetRequiredService<SignInManager<ParcoursUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.User);
        return user is not null && !await signIn.UserManager.IsLockedOutAsync(user);
    }
}
