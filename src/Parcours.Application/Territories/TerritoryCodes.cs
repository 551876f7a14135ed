using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Common;

namespace Parcours.Application.Territories;

internal static class TerritoryCodes
{
    /// <summary>An official code (INSEE, SIREN…) names one territory only.</summary>
    public static async Task EnsureFreeAsync(IParcoursDbContext db, string? code, Guid? exceptId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }
        var trimmed = code.Trim();
        if (await db.Territories.AnyAsync(t => t.OfficialCode == trimmed && t.Id != exceptId, ct))
        {
            throw new DomainRuleException("territory-code-taken", $"Un territoire porte déjà le code officiel « {trimmed} ».");
        }
    }
}
