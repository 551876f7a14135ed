namespace Parcours.Application.Common.Exceptions;

/// <summary>The request is malformed: each invalid field with its French messages (becomes a 400).</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("La requête contient des données invalides.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
