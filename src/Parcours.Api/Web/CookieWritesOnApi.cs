
namespace Parcours.Api.Web;

/// <summary>
/// Cross-site request forgery on the API: a browser sends the session cookie with any form another
/// site posts, SameSite=Lax or not (top-level POSTs of old browsers, subdomains). The web interface
/// protects its own forms with antiforgery tokens; the API's writers are scripts and integrations,
/// which use bearer tokens. So a write to <c>/api</c> authenticated by the cookie alone is refused
/// (403), except signing out. Reads stay open to the cookie (they change nothing).
/// </summary>
internal static class CookieWritesOnApi
{
    public static IApplicationBuilder UseCookieWriteRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api")
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            && request.Headers.Authorization.Count == 0
            && context.User.Identity?.IsAuthenticated == true
            && !request.Path.StartsWithSegments("/api/auth/logout"))
        {
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "cookie-write-refused",
                "Les écritures de l'API demandent un jeton porteur (Authorization: Bearer …), pas le cookie de session : "
                + "connectez-vous avec POST /api/auth/login sans « useCookies », ou utilisez les pages de Parcours.");
            return;
        }
        await next(context);
    });
}
