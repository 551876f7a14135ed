using FluentValidation;

namespace Parcours.Application.Common.Paging;

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Shared paging rules: pages start at 1 and stop at a million, at most 100 rows each.</summary>
public static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;
    public const int MaxPage = 1_000_000;

    public static void PageRules<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).GreaterThanOrEqualTo(1).OverridePropertyName("page")
            .WithMessage("La page commence à 1.");
        // Bounded so that the rows skipped, (page − 1) × size, stay a number: past it they wrapped round to the first page.
        validator.RuleFor(x => page(x)).LessThanOrEqualTo(MaxPage).OverridePropertyName("page")
            .WithMessage("La page ne dépasse pas 1 000 000.");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, MaxSize).OverridePropertyName("pageSize")
            .WithMessage($"La taille de page est comprise entre 1 et {MaxSize}.");
    }
}
