using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A form whose token no longer matches (signed out and in again in another tab, a new session) is
/// not refused with a bare 400: like a post after the session expired, it goes to the resume step of
/// the login page (307 keeps its body), which hands what was typed back with a fresh token.
/// </summary>
internal sealed class ExpiredFormFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (context.Result is IAntiforgeryValidationFailedResult && HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && !request.Path.StartsWithSegments("/connexion"))
        {
            context.Result = new RedirectResult(WebModule.ResumeAddress(request), permanent: false, preserveMethod: true);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
