using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Parcours.Infrastructure.Identity;

/// <summary>
/// Identity's principal, plus the id of this sign-in: signing out ends that session only (its cookie,
/// bearer and refresh tokens), not the person's other sessions. A refreshed principal keeps the id it had.
/// </summary>
public sealed class SessionClaimsFactory(UserManager<ParcoursUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ParcoursUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ParcoursUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CredentialLedger.SessionClaim, Guid.NewGuid().ToString("N")));
        return identity;
    }

    /// <summary>Gives a principal made again (a refresh, a cookie renewed) the session id of the one it replaces.</summary>
    public static void KeepSession(ClaimsPrincipal from, ClaimsPrincipal to)
    {
        if (from.FindFirst(CredentialLedger.SessionClaim) is not { } session || to.Identity is not ClaimsIdentity identity) return;
        foreach (var fresh in identity.FindAll(CredentialLedger.SessionClaim).ToList()) identity.RemoveClaim(fresh);
        identity.AddClaim(new Claim(CredentialLedger.SessionClaim, session.Value));
    }
}
