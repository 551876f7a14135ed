namespace Parcours.Application.Common.Exceptions;

/// <summary>
/// Nothing the caller may see has this id (becomes a 404). Also used when the thing exists but the
/// caller may not read it, so that its existence does not leak.
/// </summary>
public sealed class NotFoundException(string what) : Exception($"{what} est introuvable.")
{
    public static NotFoundException Cohort() => new("La promotion");
    public static NotFoundException Territory() => new("Le territoire");
    public static NotFoundException Person() => new("La personne");
    public static NotFoundException Pair() => new("Le binôme");
    public static NotFoundException Account() => new("Le compte");
    public static NotFoundException Programme() => new("Le programme");
}
