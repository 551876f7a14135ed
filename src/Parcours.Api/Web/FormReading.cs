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
}
