using Microsoft.AspNetCore.Http.Metadata;

namespace Parcours.Api.Web;

/// <summary>
/// An operation that takes no body refuses one (400) instead of ignoring it silently: the client
/// believes it sent something. An empty JSON object « {} » says nothing and is let through.
/// </summary>
internal static class UnexpectedBody
{
    public static IApplicationBuilder UseUnexpectedBodyRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        // Only a real route: routing's own 405/415 answers are endpoints without metadata too.
        if (request.Path.StartsWithSegments("/api") && context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null
            && (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            && !await IsEmptyObjectAsync(request, context.RequestAborted))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "unexpected-body",
                "Cette opération ne prend pas de corps : retirez-le (ses paramètres sont dans l'adresse).");
            return;
        }
        await next(context);
    });

    private static async Task<bool> IsEmptyObjectAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > 16) return false;
        // Chunked bodies announce no length: read at most one byte past what « {} » could need.
        request.EnableBuffering();
        var buffer = new byte[17];
        var read = 0;
        while (read < buffer.Length && await request.Body.ReadAsync(buffer.AsMemory(read), ct) is var n and > 0) read += n;
        request.Body.Position = 0;
        return read <= 16 && System.Text.Encoding.UTF8.GetString(buffer, 0, read).Trim() is "{}" or "";
    }
}
