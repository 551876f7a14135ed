using FluentValidation;

namespace Parcours.Application.Common;

/// <summary>Field rules shared by several requests, with their French messages.</summary>
internal static class Validation
{
    public const int NameMax = 200;
    public const int TextMax = 2000;

    public static IRuleBuilderOptions<T, string> RequiredName<T>(this IRuleBuilder<T, string> rule, string label) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage($"Le champ « {label} » est obligatoire.")
            .MaximumLength(NameMax).WithMessage($"Le champ « {label} » dépasse {NameMax} caractères.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string label, int max = NameMax) =>
        rule.MaximumLength(max).WithMessage($"Le champ « {label} » dépasse {max} caractères.");

    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(v => v is null || IsEmail(v)).WithMessage($"Le champ « {label} » n'est pas une adresse e-mail valide.")
            .MaximumLength(254).WithMessage($"Le champ « {label} » dépasse 254 caractères.");

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string label)
        where TEnum : struct, Enum =>
        rule.Must(Enum.IsDefined).WithMessage($"La valeur du champ « {label} » est inconnue.");

    public static bool IsEmail(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 3
            && trimmed.IndexOf('.', at) > at + 1 && !trimmed.Any(char.IsWhiteSpace) && !trimmed.EndsWith('.');
    }
}
