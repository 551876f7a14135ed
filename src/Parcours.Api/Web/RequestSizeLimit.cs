using Microsoft.AspNetCore.Http.Features;

namespace Parcours.Api.Web;

/// <summary>
/// Refuses oversized bodies with 413 before anything reads them. JSON requests are small; an
/// endpoint that takes files raises its own limit with <see cref="AllowBodyAttribute"/> (a page, with [RequestSizeLimit]).
/// </summary>
internal static class RequestSizeLimit
{
    public const long DefaultBytes = 256 * 1024;

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // A page that takes a file says so with ASP.NET Core's own [RequestSizeLimit].
        var metadata = http.GetEndpoint()?.Metadata;
        var limit = metadata?.GetMetadata<AllowBodyAttribute>()?.Bytes
            ?? metadata?.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? DefaultBytes;
        if (http.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }
        // Chunked bodies have no Content-Length: the server stops reading past the limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(http);
    });
}

[AttributeUsage(AttributeTargets.Method)]
internal sealed class AllowBodyAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes;
}
