using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A request naming a handler the page does not have (« ?handler=nimporte »), or posting to a page
/// that takes no form, is « introuvable » (404) — rather than running the page's default handler, or
/// rendering it without the data a handler would have loaded (which would fail with a 500).
/// </summary>
internal sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var asked = context.RouteData.Values.TryGetValue("handler", out var value) ? value?.ToString() : request.Query["handler"].ToString();
        // Razor Pages falls back to the unnamed handler when the name matches none: a name must match.
        var unknownName = !string.IsNullOrEmpty(asked) && !string.Equals(context.HandlerMethod?.Name, asked, StringComparison.OrdinalIgnoreCase);
        var noHandler = context.HandlerMethod is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        if (unknownName || noHandler)
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        return next();
    }
}
