namespace Parcours.Application.Common.Exceptions;

/// <summary>
/// Nothing the caller may see has this id (becomes a 404). Also used when the thing exists but the
/// caller may not read it, so that its existence does not leak.
/// </summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string what) : base($"{what} est introuvable.")
    {
    }

    private NotFoundException(string message, bool _) : base(message)
    {
    }

    /// <summary>« Introuvable » with a sentence of its own, when saying what to do helps the caller.</summary>
    public static NotFoundException Saying(string message) => new(message, true);

    public static NotFoundException Cohort() => new("La promotion");
    public static NotFoundException Territory() => new("Le territoire");
    public static NotFoundException Person() => new("La personne");
    public static NotFoundException Pair() => new("Le binôme");
    public static NotFoundException Account() => new("Le compte");
    public static NotFoundException Programme() => new("Le programme");
}
