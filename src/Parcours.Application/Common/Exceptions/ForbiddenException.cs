namespace Parcours.Application.Common.Exceptions;

/// <summary>
/// The caller may see the item but not do this to it (becomes a 403 with <see cref="Code"/> as its type):
/// a coach reading a roadmap may not write it. What the caller may not even see is a
/// <see cref="NotFoundException"/> instead, so that its existence does not leak.
/// </summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
