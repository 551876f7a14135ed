using System.Text;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.People;

namespace Parcours.Application.Sessions;

/// <summary>The calendar behind a subscription address, as iCalendar text.</summary>
public sealed record GetCalendarFeed(string Token) : IQuery<string>;

internal sealed class GetCalendarFeedHandler(IParcoursDbContext db, ICalendarWriter writer, PublicUrl publicUrl) : MediatR.IRequestHandler<GetCalendarFeed, string>
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
