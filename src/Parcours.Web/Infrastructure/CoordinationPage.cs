using Microsoft.AspNetCore.Authorization;
using Parcours.Application.Cohorts;
using Parcours.Application.Common;
using Parcours.Application.Common.Paging;
using Parcours.Application.Pairs;
using Parcours.Application.People;
using Parcours.Application.Territories;
using Parcours.Domain.Territories;

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

    /// <summary>Every binôme of the cohort, read in the use case's largest pages.</summary>
    protected async Task<IReadOnlyList<PairDto>> AllPairsAsync(Guid cohortId)
    {
        var pairs = new List<PairDto>();
        for (var page = 1; ; page++)
        {
            var list = await SendAsync(new ListCohortPairs(cohortId, page, Paging.MaxSize));
            pairs.AddRange(list.Items);
            if (page * list.PageSize >= list.Total) return pairs;
        }
    }

    /// <summary>The territories that accepted and have no binôme among <paramref name="pairs"/>.</summary>
    protected async Task<IReadOnlyList<CohortTerritoryDto>> AcceptedWithoutPairAsync(Guid cohortId, IReadOnlyList<PairDto> pairs)
    {
        var paired = pairs.Select(p => p.TerritoryId).ToHashSet();
        var accepted = new List<CohortTerritoryDto>();
        for (var page = 1; ; page++)
        {
            var list = await SendAsync(new ListCohortTerritories(cohortId, ParticipationStatus.Accepted, Page: page, PageSize: Paging.MaxSize));
            accepted.AddRange(list.Items.Where(t => !paired.Contains(t.Territory.Id)));
            if (page * list.PageSize >= list.Total) return accepted;
        }
    }

    /// <summary>The people a search finds (100 at most), with the one already chosen kept in the list.</summary>
    protected async Task<IReadOnlyList<PersonDto>> FindPeopleAsync(string? search, string? selected)
    {
        var found = (await SendAsync(new ListPeople(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), 1, Paging.MaxSize))).Items.ToList();
        if (Guid.TryParse(selected, out var id) && found.All(p => p.Id != id))
        {
            try
            {
                found.Insert(0, await SendAsync(new GetPerson(id)));
            }
            catch (Application.Common.Exceptions.NotFoundException)
            {
                // A chosen person who no longer exists is simply not offered again.
            }
        }
        return found;
    }
}
