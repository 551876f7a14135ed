using FluentValidation;
using Parcours.Application.Common;

namespace Parcours.Application.Cohorts;

/// <summary>
/// Field-level checks that name the faulty field (400). The cohort itself re-checks the same
/// invariants (409) so that no other path can break them.
/// </summary>
internal static class CohortFieldsValidator
{
    public static void Apply<T>(AbstractValidator<T> v) where T : ICohortFields
    {
        v.RuleFor(x => x.Title).RequiredName("intitulé");
        v.RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate)
            .WithMessage("La date de fin précède la date de début.");
        v.RuleFor(x => x.TargetTerritoryCount).InclusiveBetween(1, 10_000)
            .WithMessage("Le nombre de territoires visé est compris entre 1 et 10 000.");
        v.RuleFor(x => x.Phases).NotNull().WithMessage("Les trois phases sont obligatoires.")
            .Must(p => p is null || (p.Count == 3 && p.Select(x => x.Kind).Distinct().Count() == 3))
            .WithMessage("Indiquez exactement les trois phases : ConceptionLaunch, Realisation, EvaluationDeployment.");
        v.RuleForEach(x => x.Phases).ChildRules(phase =>
        {
            phase.RuleFor(p => p.Kind).KnownValue("phase");
            phase.RuleFor(p => p.EndDate).GreaterThanOrEqualTo(p => p.StartDate)
                .WithMessage("La phase se termine avant de commencer.");
        });
    }
}
