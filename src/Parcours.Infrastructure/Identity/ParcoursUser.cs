using Microsoft.AspNetCore.Identity;

namespace Parcours.Infrastructure.Identity;

/// <summary>A login account. Its user name is its e-mail address.</summary>
public sealed class ParcoursUser : IdentityUser;
