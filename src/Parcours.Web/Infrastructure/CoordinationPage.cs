using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;

namespace Parcours.Web.Infrastructure;

/// <summary>
/// A page of the coordination's space, under one cohort: reachable by coordinators only (the
/// folder's convention says it too), with the cohort's title for its heading and menu.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public abstract class CoordinationPage : UseCasePage
{
    public CohortDto Cohort { get; protected set; } = null!;

    protected async Task LoadCohortAsync(Guid cohortId) => Cohort = await SendAsync(new GetCohort(cohortId));

    /// <summary>
    /// Reads an optional choice from the query string or a form: empty is « all »; an unknown value
    /// is said beside its field (in French) rather than ignored or answered with an English message.
    /// </summary>
    protected TEnum? Choice<TEnum>(string? value, string field, string message) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        ModelState.AddModelError(field, message);
        return null;
    }
}
