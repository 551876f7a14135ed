using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Parcours.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in, with one change: an unknown e-mail costs the same time as a wrong password
/// (a password is hashed either way), so that the time of an answer does not tell who has an account.
/// </summary>
internal sealed class ParcoursSignInManager(
    UserManager<ParcoursUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<ParcoursUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<ParcoursUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ParcoursUser> confirmation)
    : SignInManager<ParcoursUser>(users, context, claims, options, logger, schemes, confirmation)
{
    private static readonly ParcoursUser Nobody = new() { UserName = "nobody", Email = "nobody@parcours.invalid" };
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<ParcoursUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName) ?? await UserManager.FindByEmailAsync(userName);
        if (user is null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }
}
