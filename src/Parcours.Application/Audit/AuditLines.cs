using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;

namespace Parcours.Application.Audit;

public sealed record AuditLineDto(Guid Id, DateTime At, string Actor, Guid? PersonId, string? AccountId, string UseCase, AuditAction Action,
    string ActionLabel, string EntityType, string EntityLabel, string EntityId, string? ParentId, Guid? TerritoryId, Guid? CohortId,
    IReadOnlyList<AuditFieldChange> Changes);

/// <summary>
/// A page of the trail, newest first. No total: counting a trail that only grows would cost more than the
/// page; « HasMore » says whether a next page exists.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditLineDto> Items, int Page, int PageSize, bool HasMore);

/// <summary>Reads a filtered trail a page at a time and names the actors (their pseudonym once erased).</summary>
internal static class AuditLines
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<AuditPage> PageAsync(IParcoursDbContext db, Accounts.IAccountService accounts, IQueryable<AuditEntry> query, int page, int pageSize, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize + 1).ToListAsync(ct);
        var hasMore = rows.Count > pageSize;
        if (hasMore) rows.RemoveAt(pageSize);
        var personIds = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var accountNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName }).ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}", ct);
        // An account linked to nobody (an administrator, say) is named by its address while it exists.
        foreach (var accountId in rows.Where(r => r.PersonId is null && r.AccountId is not null).Select(r => r.AccountId!).Distinct())
        {
            accountNames[accountId] = (await accounts.FindAsync(accountId, ct))?.Email ?? "Compte supprimé";
        }
        return new AuditPage([.. rows.Select(r => new AuditLineDto(r.Id, r.AtUtc, Actor(r, names, accountNames), r.PersonId, r.AccountId, r.UseCase, r.Action,
            AuditLabels.Action(r.Action), r.EntityType, AuditLabels.Entity(r.EntityType), r.EntityId, r.ParentId, r.TerritoryId, r.CohortId,
            r.Changes is null ? [] : JsonSerializer.Deserialize<List<AuditFieldChange>>(r.Changes, Json) ?? []))], page, pageSize, hasMore);
    }

    private static string Actor(AuditEntry line, Dictionary<Guid, string> names, Dictionary<string, string> accounts) =>
        line.PersonId is { } id && names.TryGetValue(id, out var name) ? name
        : line.AccountId is { } account && accounts.TryGetValue(account, out var email) ? email
        : "Parcours (automatique)";
}
