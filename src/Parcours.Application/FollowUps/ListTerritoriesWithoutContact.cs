using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Territories;

namespace Parcours.Application.FollowUps;

public sealed record WithoutContactDto(Guid TerritoryId, string TerritoryName, DateOnly? LastContact, int? DaysWithoutContact);

public sealed record WithoutContactListDto(int CadenceDays, DateOnly Today, IReadOnlyList<WithoutContactDto> Territories);

/// <summary>
/// Participating territories without any contact for more than <see cref="Days"/> days (the cohort's
/// cadence by default), the longest silence first. Two grouped queries, whatever the cohort's size.
/// </summary>
public sealed record ListTerritoriesWithoutContact(Guid CohortId, int? Days = null) : IQuery<WithoutContactListDto>;

internal sealed class ListTerritoriesWithoutContactValidator : AbstractValidator<ListTerritoriesWithoutContact>
{
    public ListTerritoriesWithoutContactValidator() =>
        RuleFor(x => x.Days).InclusiveBetween(1, 3650).When(x => x.Days is not null).WithMessage("Le nombre de jours est compris entre 1 et 3 650.");
}

internal sealed class ListTerritoriesWithoutContactHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ListTerritoriesWithoutContact, WithoutContactListDto>
{
    public async Task<WithoutContactListDto> Handle(ListTerritoriesWithoutContact request, CancellationToken cancellationToken)
    {
        var scope = await FollowUpScope.ForAsync(db, access, request.CohortId, cancellationToken);
        var days = request.Days ?? await db.Cohorts.Where(c => c.Id == request.CohortId).Select(c => c.ContactCadenceDays).SingleAsync(cancellationToken);
        var today = FrenchTime.Today(clock);
        var limit = today.AddDays(-days);
        var visible = scope.Territories(db, request.CohortId);

        var territories = await db.Participations.AsNoTracking()
            .Where(p => p.CohortId == request.CohortId && p.Status == ParticipationStatus.Accepted && visible.Contains(p.TerritoryId))
            .Select(p => new { p.TerritoryId, p.TerritoryName }).ToListAsync(cancellationToken);
        var last = await db.FollowUpEntries.AsNoTracking().Where(e => e.CohortId == request.CohortId)
            .GroupBy(e => e.TerritoryId).Select(g => new { TerritoryId = g.Key, Last = g.Max(e => e.Date) })
            .ToDictionaryAsync(x => x.TerritoryId, x => x.Last, cancellationToken);

        var silent = territories
            .Select(t => (t, last: last.TryGetValue(t.TerritoryId, out var d) ? d : (DateOnly?)null))
            .Where(x => x.last is null || x.last < limit)
            .Select(x => new WithoutContactDto(x.t.TerritoryId, x.t.TerritoryName, x.last, x.last is { } d ? today.DayNumber - d.DayNumber : null))
            .OrderByDescending(x => x.DaysWithoutContact ?? int.MaxValue).ThenBy(x => x.TerritoryName, StringComparer.Ordinal)
            .ToList();
        return new WithoutContactListDto(days, today, silent);
    }
}
