using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.People;

internal static class KnownPeople
{
    private static readonly string[] Unknown = ["Cette personne n'existe pas."];

    /// <summary>
    /// Refuses (400, naming each field) references to people who do not exist, before anything is written.
    /// An erased person is nobody new work can name.
    /// </summary>
    public static async Task EnsureAsync(IParcoursDbContext db, IReadOnlyList<(string Field, Guid? PersonId)> references, CancellationToken ct)
    {
        var ids = references.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        if (ids.Count == 0) return;
        var known = (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ErasedAtUtc == null).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var unknown = references.Where(r => r.PersonId is { } id && !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new RequestValidationException(unknown.ToDictionary(r => r.Field, _ => Unknown));
        }
    }
}
