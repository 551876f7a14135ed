using Parcours.Domain.Pairs;
using Parcours.Domain.People;

namespace Parcours.Application.Pairs;

public sealed record PairMemberDto(Guid PersonId, string FirstName, string LastName, string Email, string? Organisation, DateOnly FromDate, DateOnly? UntilDate, bool Active);

/// <summary>A binôme with its current members first, then those who left (the history).</summary>
public sealed record PairDto(Guid Id, Guid CohortId, Guid TerritoryId, string TerritoryName, bool Complete, IReadOnlyList<PairMemberDto> Members)
{
    public static PairDto From(Pair pair, string territoryName, IReadOnlyDictionary<Guid, Person> people) => new(
        pair.Id, pair.CohortId, pair.TerritoryId, territoryName, pair.ActiveMembers.Count() == Pair.Size,
        [.. pair.Members.OrderBy(m => m.UntilDate is null ? 0 : 1).ThenBy(m => m.FromDate).ThenBy(m => m.Id).Select(m =>
        {
            var p = people[m.PersonId];
            return new PairMemberDto(p.Id, p.FirstName, p.LastName, p.Email, p.Organisation, m.FromDate, m.UntilDate, m.UntilDate is null);
        })]);
}
