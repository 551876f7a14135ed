using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Common;
using Parcours.Domain.People;

namespace Parcours.Application.Sessions;

public sealed record CalendarFeedDto(string Token, string Path);

/// <summary>
/// The private subscription address of the caller's calendar. Creating it again replaces the
/// secret (the old address stops working); only a hash of the secret is stored.
/// </summary>
public sealed record CreateCalendarFeed : ICommand<CalendarFeedDto>;

/// <summary>Revokes the caller's calendar address.</summary>
public sealed record RevokeCalendarFeed : ICommand<Done>;

/// <summary>The calendar behind a subscription address, as iCalendar text.</summary>
public sealed record GetCalendarFeed(string Token) : IQuery<string>;

internal static class CalendarTokens
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static async Task<Person> MeAsync(IParcoursDbContext db, CallerAccess access, CancellationToken ct)
    {
        var personId = await access.PersonIdAsync(ct)
            ?? throw Notifications.MyPerson.NoPerson();
        return await db.People.SingleAsync(p => p.Id == personId, ct);
    }
}

internal sealed class CreateCalendarFeedHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<CreateCalendarFeed, CalendarFeedDto>
{
    public async Task<CalendarFeedDto> Handle(CreateCalendarFeed request, CancellationToken cancellationToken)
    {
        var me = await CalendarTokens.MeAsync(db, access, cancellationToken);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        me.SetCalendarToken(CalendarTokens.Hash(token));
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarFeedDto(token, $"/api/calendar/{token}.ics");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class RevokeCalendarFeedHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<RevokeCalendarFeed, Done>
{
    public async Task<Done> Handle(RevokeCalendarFeed request, CancellationToken cancellationToken)
    {
        var me = await CalendarTokens.MeAsync(db, access, cancellationToken);
        me.SetCalendarToken(null);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}

internal sealed class GetCalendarFeedHandler(IParcoursDbContext db, ICalendarWriter writer, Reminders.PublicUrl publicUrl) : MediatR.IRequestHandler<GetCalendarFeed, string>
{
    public async Task<string> Handle(GetCalendarFeed request, CancellationToken cancellationToken)
    {
        var hash = CalendarTokens.Hash(request.Token);
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.CalendarTokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("Ce calendrier");
        var cohortIds = await db.PairMembers.AsNoTracking().Where(m => m.PersonId == person.Id && m.UntilDate == null)
            .Select(m => m.CohortId).Distinct().ToListAsync(cancellationToken);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId) && s.StartsAtUtc != null).ToListAsync(cancellationToken);
        return writer.Write($"Parcours — {person.FullName}", CalendarMethod.Publish, SessionCalendar.Entries(sessions, cohortId => cohorts[cohortId], publicUrl));
    }
}
