namespace Parcours.Domain.Common;

internal static class Rule
{
    /// <summary>Throws a <see cref="DomainRuleException"/> when <paramref name="broken"/> holds.</summary>
    public static void Check(bool broken, string code, string message)
    {
        if (broken)
        {
            throw new DomainRuleException(code, message);
        }
    }
}
