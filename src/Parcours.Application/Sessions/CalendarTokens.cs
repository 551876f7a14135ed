using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.People;

namespace Parcours.Application.Sessions;

public sealed record CalendarFeedDto(string Token, string Path);

internal static class CalendarTokens
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static async Task<Person> MeAsync(IParcoursDbContext db, CallerAccess access, CancellationToken ct)
    {
        var personId = await access.PersonIdAsync(ct)
            ?? throw Common.Access.MyPerson.NoPerson();
        return await db.People.SingleAsync(p => p.Id == personId, ct);
    }
}
