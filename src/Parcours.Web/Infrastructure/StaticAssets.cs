using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// The few files pages need (stylesheet, script, htmx), embedded in the assembly and served from
/// memory, gzip-compressed once at start. Their address carries a hash of their content, so a
/// browser keeps them for a year and fetches them again only when they change. Embedding avoids the
/// static-web-assets manifest, whose behaviour differs between <c>dotnet run</c>, tests and publish.
/// </summary>
internal sealed class StaticAssets
{
    private sealed record Asset(byte[] Content, byte[] Gzip, string ContentType, string Hash);

    private readonly FrozenDictionary<string, Asset> _assets;

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            using var gzip = new MemoryStream();
            using (var zip = new GZipStream(gzip, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zip.Write(content);
            }
            var name = resource["Assets/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "text/plain; charset=utf-8",
            };
            assets[name] = new Asset(content, gzip.ToArray(), type, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
        }
        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The address of an asset, with its content hash.</summary>
    public string Url(string name) => _assets.TryGetValue(name, out var a) ? $"/static/{name}?v={a.Hash}" : $"/static/{name}";

    public static IResult Serve(string file, HttpContext context, StaticAssets assets)
    {
        if (!assets._assets.TryGetValue(file, out var asset)) return Results.NotFound();
        var headers = context.Response.Headers;
        headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
        headers.ETag = $"\"{asset.Hash}\"";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch == $"\"{asset.Hash}\"") return Results.StatusCode(StatusCodes.Status304NotModified);
        var gzip = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip) headers.ContentEncoding = "gzip";
        return Results.Bytes(gzip ? asset.Gzip : asset.Content, asset.ContentType);
    }
}
