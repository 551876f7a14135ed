namespace Parcours.Api.Web;

/// <summary>A spreadsheet sent to an import: the body as CSV, or the first file of a multipart form.</summary>
internal static class SpreadsheetUpload
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, string what, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormOrRefuseAsync(ct);
            var file = (form.Files.Count > 0 ? form.Files[0] : null)
                ?? throw Application.Common.Exceptions.RequestValidationException.For("fichier", $"Joignez le fichier CSV des {what}.");
            await using var stream = file.OpenReadStream();
            await stream.CopyToAsync(buffer, ct);
        }
        else if (request.ContentType is { } type && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)
                 || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            await request.Body.CopyToAsync(buffer, ct);
        }
        else
        {
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        }
        return buffer.ToArray();
    }
}
