namespace Parcours.Application.Common;

/// <summary>
/// Where document bytes live, outside the web root and outside the database. What is stored is
/// never changed: a new version is a new key.
/// </summary>
public interface IDocumentStore
{
    Task<string> SaveAsync(byte[] content, CancellationToken ct);

    /// <summary>The bytes behind a key, or null when they are gone.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken ct);
}
