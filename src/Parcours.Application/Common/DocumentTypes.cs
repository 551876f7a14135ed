using System.Security.Cryptography;
using System.Text;

namespace Parcours.Application.Common;

/// <summary>
/// Decides what an uploaded file is from its bytes, not from what the browser claimed: PDF, PNG,
/// JPEG, office documents (Office Open XML and OpenDocument, which are ZIP files), plain text and
/// CSV. Anything else — executables, HTML, scripts — is refused.
/// </summary>
public static class DocumentTypes
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ZipOffice = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
    };

    /// <summary>The content type to store and serve, or null when the file is not allowed.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (content.StartsWith("%PDF-"u8)) return "application/pdf";
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (content.StartsWith("PK\u0003\u0004"u8)) return ZipOffice.GetValueOrDefault(extension);
        if (extension.ToLowerInvariant() is ".txt" or ".csv" && IsPlainText(content)) return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain";
        return null;
    }

    private static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf((byte)0) >= 0) return false;
        try
        {
            var text = new UTF8Encoding(false, true).GetString(content);
            return !text.Contains("<script", StringComparison.OrdinalIgnoreCase) && !text.Contains("<html", StringComparison.OrdinalIgnoreCase);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A file name safe to send back in Content-Disposition: letters, digits, dots, dashes.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "document" : safe[..Math.Min(safe.Length, 120)];
    }
}

/// <summary>A stored file as it is sent back: its name, type and bytes.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

/// <summary>A file accepted into the document store: its safe name, the type its bytes show, its size, hash and key.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string Sha256, string StorageKey);

/// <summary>An upload refused for its size (413) or its type (415).</summary>
public sealed class DocumentRefusedException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}

internal static class DocumentUploads
{
    /// <summary>
    /// Checks an upload (10 MB at most, a type its content proves) and stores it under a random key: what the
    /// committees' documents and the resource library both accept, refused in the same French words.
    /// </summary>
    public static async Task<StoredFile> StoreAsync(IDocumentStore store, string fileName, byte[] content, CancellationToken ct)
    {
        if (content.LongLength > DocumentTypes.MaxBytes)
        {
            throw new DocumentRefusedException(413, "document-too-large", $"Le fichier dépasse {DocumentTypes.MaxBytes / (1024 * 1024)} Mo.");
        }
        var contentType = DocumentTypes.Sniff(content, fileName)
            ?? throw new DocumentRefusedException(415, "document-type-forbidden",
                "Ce type de fichier n'est pas accepté : PDF, PNG, JPEG, documents Office ou OpenDocument, texte ou CSV seulement (le contenu est vérifié, pas seulement le nom).");
        var key = await store.SaveAsync(content, ct);
        return new StoredFile(DocumentTypes.SafeFileName(fileName), contentType, content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)), key);
    }
}
