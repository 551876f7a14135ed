using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.People;
using Parcours.Domain.Reminders;

namespace Parcours.Application.Privacy;

public sealed record ErasureDto(Guid PersonId, string Pseudonym, int TextsScrubbed);

/// <summary>
/// An administrator answers an erasure request (RGPD, article 17). The person's identity becomes a stable
/// pseudonym everywhere it is shown, their address and account disappear, their calendar feed and the
/// unsubscribe links of their e-mails stop working, their inbox and pending reminders go; what they were
/// part of stays — attendance, binômes, ballots — under the pseudonym, so that the programme's figures do
/// not move. They leave, today, the binômes, accompaniments and committees of running cohorts they were still in. Refused
/// while they are the only active member of a binôme of a cohort still running (the territory would be
/// left without anyone) and for the last administrator (nobody could manage accounts any more).
/// </summary>
public sealed record ErasePerson(Guid PersonId) : ICommand<ErasureDto>;

internal sealed class ErasePersonHandler(IParcoursDbContext db, IAccountService accounts, IPersonalDataScrubber scrubber, TimeProvider clock)
    : MediatR.IRequestHandler<ErasePerson, ErasureDto>
{
    public async Task<ErasureDto> Handle(ErasePerson request, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken) ?? throw NotFoundException.Person();
        var today = FrenchTime.Today(clock);

        var alone = await (from m in db.PairMembers
                           where m.PersonId == person.Id && m.UntilDate == null
                           join pair in db.Pairs on m.PairId equals pair.Id
                           join cohort in db.Cohorts on pair.CohortId equals cohort.Id
                           where cohort.EndDate >= today
                                 && !db.PairMembers.Any(o => o.PairId == m.PairId && o.PersonId != person.Id && o.UntilDate == null)
                           join territory in db.Territories on pair.TerritoryId equals territory.Id
                           select territory.Name).ToListAsync(cancellationToken);
        var account = person.UserId is null ? null : await accounts.FindAsync(person.UserId, cancellationToken);
        var lastAdministrator = account is not null && account.Roles.Contains(Roles.Administrator)
            && (await accounts.UserIdsInRoleAsync(Roles.Administrator, cancellationToken)).Count <= 1;
        var number = (await db.People.MaxAsync(p => p.ErasureNumber, cancellationToken) ?? 0) + 1;
        // Needles first: erasing replaces the name. What free text may hold: the name both ways round, and
        // the addresses (the person's, the account's as it was typed).
        var needles = new List<string> { person.FullName, $"{person.LastName} {person.FirstName}", person.Email };
        if (account is not null) needles.Add(account.Email);
        person.Erase(number, clock.GetUtcNow().UtcDateTime, alone, lastAdministrator);

        await LeaveWhatIsStillRunningAsync(person.Id, today, cancellationToken);
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.PersonId == person.Id).ToListAsync(cancellationToken));
        db.NotificationPreferences.RemoveRange(await db.NotificationPreferences.Where(n => n.PersonId == person.Id).ToListAsync(cancellationToken));
        db.Reminders.RemoveRange(await db.Reminders.Where(r => r.RecipientPersonId == person.Id && r.Status == ReminderStatus.Scheduled).ToListAsync(cancellationToken));

        var pseudonym = Person.Pseudonym(number);
        await db.SaveChangesAsync(cancellationToken);

        if (account is not null) await accounts.DeleteAsync(account.Id, cancellationToken);
        var scrubbed = await scrubber.ReplaceEverywhereAsync([.. needles.Distinct(StringComparer.Ordinal)], pseudonym, cancellationToken);
        return new ErasureDto(person.Id, pseudonym, scrubbed);
    }

    private async Task LeaveWhatIsStillRunningAsync(Guid personId, DateOnly today, CancellationToken ct)
    {
        // Only in cohorts still running: an ended cohort's history stays as it was.
        var running = db.Cohorts.Where(c => c.EndDate >= today).Select(c => c.Id);
        var pairs = await db.Pairs.Include(p => p.Members)
            .Where(p => running.Contains(p.CohortId) && p.Members.Any(m => m.PersonId == personId && m.UntilDate == null)).ToListAsync(ct);
        foreach (var pair in pairs)
        {
            var member = pair.ActiveMembers.Single(m => m.PersonId == personId);
            pair.Leave(personId, member.FromDate > today ? member.FromDate : today);
        }
        var assignments = await db.CoachAssignments.Where(a => running.Contains(a.CohortId) && a.CoachPersonId == personId && a.UntilDate == null).ToListAsync(ct);
        foreach (var assignment in assignments)
        {
            assignment.End(assignment.FromDate > today ? assignment.FromDate : today);
        }
        var committees = await db.Committees.Include(c => c.Seats)
            .Where(c => running.Contains(c.CohortId) && c.Seats.Any(s => s.PersonId == personId && s.LeftOn == null)).ToListAsync(ct);
        foreach (var committee in committees)
        {
            foreach (var seat in committee.Seats.Where(s => s.PersonId == personId && s.LeftOn == null).ToList())
            {
                committee.Unseat(seat.Id, seat.JoinedOn > today ? seat.JoinedOn : today);
            }
        }
    }
}
