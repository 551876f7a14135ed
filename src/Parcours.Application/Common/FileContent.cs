namespace Parcours.Application.Common;

/// <summary>A file a use case produces for download: CSV, PDF, ZIP.</summary>
public sealed record FileContent(string FileName, byte[] Content);
