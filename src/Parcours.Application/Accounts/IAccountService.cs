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
    Task<Paged<AccountDto>> ListAsync(int page, int pageSize, CancellationToken ct);
    Task<AccountDto?> FindAsync(string userId, CancellationToken ct);
    /// <summary>The ids of the accounts that hold <paramref name="role"/> (to reach every coordinator, say).</summary>
    Task<IReadOnlyList<string>> UserIdsInRoleAsync(string role, CancellationToken ct);
}
