namespace Parcours.Api.Web;

/// <summary>Reading a multipart body that the client may have cut short or sent without its boundary.</summary>
internal static class FormReading
{
    public static async Task<IFormCollection> ReadFormOrRefuseAsync(this HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            // A missing boundary, a truncated part, a body shorter than announced: the client's fault.
            throw new BadHttpRequestException("Le corps multipart est mal formé ou incomplet.", StatusCodes.Status400BadRequest, e);
        }
    }

    /// <summary>
    /// A multipart upload's form and its one file, sent in the documented field « fichier »: a file sent under
    /// another name is refused (400), never stored anyway; a body that is not a form is 415.
    /// </summary>
    public static async Task<(IFormCollection Form, string FileName, byte[] Content)> ReadUploadAsync(this HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        }
        var form = await request.ReadFormOrRefuseAsync(ct);
        var file = form.Files.GetFile("fichier") ?? throw Application.Common.Exceptions.RequestValidationException.For("fichier", form.Files.Count > 0
            ? $"Le fichier doit être envoyé dans le champ « fichier » (reçu : « {form.Files[0].Name} »)."
            : "Joignez le fichier dans le champ « fichier ».");
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }
        return (form, file.FileName, buffer.ToArray());
    }
}
