using FluentValidation;
using Parcours.Application.Common;

namespace Parcours.Application.Accounts;

internal static class AccountRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> KnownRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotNull().WithMessage("La liste des rôles est obligatoire (elle peut être vide).")
            .Must(roles => roles is null || roles.All(r => Roles.All.Contains(r)))
            .WithMessage($"Rôle inconnu. Rôles possibles : {string.Join(", ", Roles.All)}.");
}
