using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Common;

namespace Parcours.Application.People;

internal static class PersonEmails
{
    /// <summary>One person per e-mail address, so that an account can be matched to its person.</summary>
    public static async Task EnsureFreeAsync(IParcoursDbContext db, string email, Guid? exceptId, CancellationToken ct)
    {
        var normalised = email.Trim().ToLowerInvariant();
        if (await db.People.AnyAsync(p => p.Email == normalised && p.Id != exceptId, ct))
        {
            throw new DomainRuleException("person-email-taken", $"Une personne est déjà enregistrée avec l'adresse « {normalised} ».");
        }
    }
}
