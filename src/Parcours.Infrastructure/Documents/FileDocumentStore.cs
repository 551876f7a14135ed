using Microsoft.Extensions.Configuration;
using Parcours.Application.Common;

namespace Parcours.Infrastructure.Documents;

/// <summary>
/// Documents as files in <c>Documents:Path</c> (default <c>data/documents</c>), named by a random
/// key: no name a user typed ever reaches the file system, and nothing there is served directly.
/// </summary>
internal sealed class FileDocumentStore(IConfiguration config) : IDocumentStore
{
    private readonly string _root = InstallationPaths.Documents(config);

    public async Task<string> SaveAsync(byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(_root);
        var key = Guid.NewGuid().ToString("N");
        await using var file = new FileStream(Path.Combine(_root, key), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await file.WriteAsync(content, ct);
        return key;
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken ct)
    {
        if (key.Length != 32 || !key.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        var path = Path.Combine(_root, key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }
}
