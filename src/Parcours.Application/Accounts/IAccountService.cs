using Parcours.Application.Common.Paging;

namespace Parcours.Application.Accounts;

public sealed record AccountDto(string Id, string Email, IReadOnlyList<string> Roles, Guid? PersonId, bool LockedOut);

/// <summary>Login accounts, kept by ASP.NET Core Identity; the application sees only this port.</summary>
public interface IAccountService
{
    /// <summary>Creates the account; Identity's refusals (weak password, e-mail taken) become a 400 naming the field.</summary>
    Task<string> CreateAsync(string email, string password, IReadOnlyCollection<string> roles, CancellationToken ct);
    Task<bool> ExistsAsync(string userId, CancellationToken ct);
    Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct);
    /// <summary>Accounts in e-mail order; <paramref name="search"/> keeps those whose e-mail contains it.</summary>
    Task<Paged<AccountDto>> ListAsync(string? search, int page, int pageSize, CancellationToken ct);

    /// <summary>Locks the account for good (its sessions end at once), or unlocks it.</summary>
    Task SetLockAsync(string userId, bool locked, CancellationToken ct);
    Task<AccountDto?> FindAsync(string userId, CancellationToken ct);
    /// <summary>
    /// Opens an account without a password (or finds the one not yet activated) with that role, and
    /// returns a single-use token for the person to choose their password. An account already in use is refused.
    /// </summary>
    Task<(string UserId, string Token)> InviteAsync(string email, string role, CancellationToken ct);

    /// <summary>Sets the password of an invited account with its token (which then stops working).</summary>
    Task ChoosePasswordAsync(string userId, string token, string password, CancellationToken ct);

    /// <summary>Deletes the account for good (its sessions end; an erased person's). Nothing if it does not exist.</summary>
    Task DeleteAsync(string userId, CancellationToken ct);

    /// <summary>The ids of the accounts that hold <paramref name="role"/> (to reach every coordinator, say).</summary>
    Task<IReadOnlyList<string>> UserIdsInRoleAsync(string role, CancellationToken ct);
}
