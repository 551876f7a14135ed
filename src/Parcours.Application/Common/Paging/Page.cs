using FluentValidation;

namespace Parcours.Application.Common.Paging;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Shared paging rules: pages start at 1, at most 100 rows each.</summary>
public static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static void PageRules<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).GreaterThanOrEqualTo(1).OverridePropertyName("page")
            .WithMessage("La page commence à 1.");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, MaxSize).OverridePropertyName("pageSize")
            .WithMessage($"La taille de page est comprise entre 1 et {MaxSize}.");
    }
}
