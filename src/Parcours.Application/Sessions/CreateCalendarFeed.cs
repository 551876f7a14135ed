using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Common;
using Parcours.Domain.People;

namespace Parcours.Application.Sessions;

/// <summary>
/// The private subscription address of the caller's calendar. Creating it again replaces the
/// secret (the old address stops working); only a hash of the secret is stored.
/// </summary>
public sealed record CreateCalendarFeed : ICommand<CalendarFeedDto>;

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
