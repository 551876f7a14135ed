using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;

namespace Parcours.Application.People;

public sealed record PersonFact(Guid Id, string FirstName, string FullName, string Email);

/// <summary>The people module's contract with the others: who someone is and how to reach them.</summary>
public interface IPeopleFacts
{
    Task<IReadOnlyDictionary<Guid, PersonFact>> ByIdsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct);

    /// <summary>Whether the person exists and was not erased (an erased person's old links lead nowhere).</summary>
    Task<bool> ExistsAsync(Guid personId, CancellationToken ct);

    /// <summary>The people whose account has the coordinator's role.</summary>
    Task<IReadOnlyList<Guid>> CoordinatorsAsync(CancellationToken ct);
}

internal sealed class PeopleFacts(IParcoursDbContext db, IAccountService accounts) : IPeopleFacts
{
    public async Task<IReadOnlyDictionary<Guid, PersonFact>> ByIdsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        personIds.Count == 0 ? new Dictionary<Guid, PersonFact>() : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new PersonFact(p.Id, p.FirstName, p.FirstName + " " + p.LastName, p.Email)).ToDictionaryAsync(p => p.Id, ct);

    public Task<bool> ExistsAsync(Guid personId, CancellationToken ct) => db.People.AnyAsync(p => p.Id == personId && p.ErasedAtUtc == null, ct);

    public async Task<IReadOnlyList<Guid>> CoordinatorsAsync(CancellationToken ct)
    {
        var accountIds = await accounts.UserIdsInRoleAsync(Roles.Coordinator, ct);
        return await db.People.AsNoTracking().Where(p => p.UserId != null && accountIds.Contains(p.UserId)).Select(p => p.Id).ToListAsync(ct);
    }
}
