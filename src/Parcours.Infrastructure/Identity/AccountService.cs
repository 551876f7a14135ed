using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common.Exceptions;
using Parcours.Application.Common.Paging;
using Parcours.Infrastructure.Persistence;

namespace Parcours.Infrastructure.Identity;

internal sealed class AccountService(UserManager<ParcoursUser> users, ParcoursDbContext db, TimeProvider clock) : IAccountService
{
    public async Task<string> CreateAsync(string email, string password, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var user = new ParcoursUser { UserName = email, Email = email, EmailConfirmed = true };
        Throw(await users.CreateAsync(user, password));
        if (roles.Count > 0)
        {
            Throw(await users.AddToRolesAsync(user, roles));
        }
        return user.Id;
    }

    public async Task<(string UserId, string Token)> InviteAsync(string email, string role, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ParcoursUser { UserName = email, Email = email, EmailConfirmed = true };
            Throw(await users.CreateAsync(user));
        }
        else if (await users.HasPasswordAsync(user))
        {
            throw new Application.Common.Exceptions.RequestValidationException(new Dictionary<string, string[]>
            {
                ["email"] = [$"{email} a déjà un compte actif : pas besoin d'invitation (un administrateur change ses rôles)."],
            });
        }
        if (!await users.IsInRoleAsync(user, role)) Throw(await users.AddToRoleAsync(user, role));
        return (user.Id, await users.GeneratePasswordResetTokenAsync(user));
    }

    public async Task ChoosePasswordAsync(string userId, string token, string password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        var result = user is null ? null : await users.ResetPasswordAsync(user, token, password);
        if (result is null || result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw new Domain.Common.DomainRuleException("invitation-invalid",
                "Ce lien n'est plus valide (déjà utilisé, ou expiré après 3 jours) : demandez une nouvelle invitation à la coordination.");
        }
        Throw(result);
    }

    public async Task DeleteAsync(string userId, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is { } user) Throw(await users.DeleteAsync(user));
    }

    public Task<bool> ExistsAsync(string userId, CancellationToken ct) => db.Users.AnyAsync(u => u.Id == userId, ct);

    public async Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId) ?? throw NotFoundException.Account();
        var current = await users.GetRolesAsync(user);
        Throw(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Throw(await users.AddToRolesAsync(user, roles.Except(current)));
        // New roles must not wait for the old token to expire, nor old ones survive in it.
        Throw(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<Paged<AccountDto>> ListAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Identity keeps e-mails upper-cased for lookups: the same search whatever the case typed.
            var normalized = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.Contains(normalized));
        }
        var total = await query.CountAsync(ct);
        var accounts = await query.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<AccountDto>(await ToDtosAsync(accounts, ct), page, pageSize, total);
    }

    public async Task SetLockAsync(string userId, bool locked, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId) ?? throw NotFoundException.Account();
        Throw(await users.SetLockoutEnabledAsync(user, true));
        Throw(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        if (!locked) Throw(await users.ResetAccessFailedCountAsync(user));
        // A locked account's open sessions and tokens stop working at their next check.
        Throw(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<AccountDto?> FindAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        return user is null ? null : (await ToDtosAsync([user], ct))[0];
    }

    /// <summary>Roles and persons of a page of accounts in two queries, whatever the page size.</summary>
    private async Task<IReadOnlyList<AccountDto>> ToDtosAsync(IReadOnlyList<ParcoursUser> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var people = await db.People.AsNoTracking().Where(p => p.UserId != null && ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId!, p => p.Id, ct);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(u => new AccountDto(u.Id, u.Email ?? u.UserName ?? "",
            [.. roles[u.Id].Order(StringComparer.Ordinal)],
            people.TryGetValue(u.Id, out var personId) ? personId : null,
            u.LockoutEnd is { } end && end > now))];
    }

    private static void Throw(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }
        throw new RequestValidationException(result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }

    public async Task<IReadOnlyList<string>> UserIdsInRoleAsync(string role, CancellationToken ct) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(u => u.Id)];
}
