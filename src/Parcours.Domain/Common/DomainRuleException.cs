namespace Parcours.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (it becomes the problem <c>type</c>);
/// the message is French because it is shown to the person who tried the action.
/// </summary>
public sealed class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
