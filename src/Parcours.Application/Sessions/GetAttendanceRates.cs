using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Paging;
using FluentValidation;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// A held session. <see cref="Recorded"/>: its sheet was filled in (someone marked present or absent) —
/// only recorded sessions count in the rates. Two rates, named for what they divide by:
/// <see cref="PresenceRate"/> = present ÷ expected (an excused absence counts as an absence);
/// <see cref="PresenceRateExcusedLeftOut"/> = present ÷ (expected − excused).
/// </summary>
public sealed record SessionRateDto(Guid SessionId, string Code, DateTime StartsAt, bool Recorded, int Expected, int Present, int Excused, int Absent, int NotRecorded,
    double PresenceRate, double PresenceRateExcusedLeftOut, int TerritoriesExpected, int TerritoriesRepresented);

/// <summary>A territory is represented at a session when a member of its binôme was there; excused when all its expected members were.</summary>
public sealed record TerritoryRateDto(Guid TerritoryId, string TerritoryName, int SessionsExpected, int SessionsRepresented, int SessionsExcused,
    double PresenceRate, double PresenceRateExcusedLeftOut);

public sealed record PersonRateDto(Guid PersonId, string FirstName, string LastName, Guid TerritoryId, string TerritoryName, int SessionsExpected, int Present, int Excused, int Absent,
    double PresenceRate, double PresenceRateExcusedLeftOut);

/// <summary>
/// Rates are shares between 0 and 1, over the sessions held (started, not cancelled) whose attendance
/// was recorded; <see cref="SessionsNotRecorded"/> names the held sessions left out for want of a sheet.
/// The sessions' rates are the whole cohort's; territories come a page at a time, in name order, with
/// the people of that page's territories — a national cohort's rates are not one answer of megabytes.
/// </summary>
public sealed record AttendanceRatesDto(IReadOnlyList<SessionRateDto> Sessions, Paged<TerritoryRateDto> Territories, IReadOnlyList<PersonRateDto> People,
    IReadOnlyList<string> SessionsNotRecorded);

/// <summary>
/// Attendance of a cohort, per session, per territory (represented when at least one member of
/// its binôme was present) and per person.
/// </summary>
public sealed record GetAttendanceRates(Guid CohortId, int Page = 1, int PageSize = Paging.DefaultSize) : IQuery<AttendanceRatesDto>;

internal sealed class GetAttendanceRatesValidator : AbstractValidator<GetAttendanceRates>
{
    public GetAttendanceRatesValidator() => this.PageRules(x => x.Page, x => x.PageSize);
}

/// <summary>The whole cohort's rates, for the progress report and the page-by-page answer.</summary>
public sealed record CohortAttendance(IReadOnlyList<SessionRateDto> Sessions, IReadOnlyList<TerritoryRateDto> Territories, IReadOnlyList<PersonRateDto> People,
    IReadOnlyList<string> SessionsNotRecorded);

internal sealed class GetAttendanceRatesHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetAttendanceRates, AttendanceRatesDto>
{
    public async Task<AttendanceRatesDto> Handle(GetAttendanceRates request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var all = await ComputeAsync(db, request.CohortId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var territories = all.Territories.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var onPage = territories.Select(t => t.TerritoryId).ToHashSet();
        return new AttendanceRatesDto(all.Sessions, new Paged<TerritoryRateDto>(territories, request.Page, request.PageSize, all.Territories.Count),
            [.. all.People.Where(p => onPage.Contains(p.TerritoryId))], all.SessionsNotRecorded);
    }

    /// <summary>The rates as they stood at an instant: sessions held by then count (the progress report reuses this).</summary>
    internal static async Task<CohortAttendance> ComputeAsync(IParcoursDbContext db, Guid cohortId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var held = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null)
            .ToListAsync(cancellationToken)).Where(s => s.StartsAtUtc <= atUtc).OrderBy(s => s.Number).ToList();
        var roster = await CohortRoster.LoadAsync(db, cohortId, cancellationToken);
        // One status per session and person; a national cohort has some 80,000, read once.
        var heldIds = held.Select(s => s.Id).ToList();
        var statuses = held.ToDictionary(s => s.Id, _ => new Dictionary<Guid, AttendanceStatus>());
        await foreach (var a in db.Attendances.AsNoTracking().Where(a => a.CohortId == cohortId && heldIds.Contains(a.SessionId))
                           .Select(a => new { a.SessionId, a.PersonId, a.Status }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            statuses[a.SessionId][a.PersonId] = a.Status;
        }

        var sessions = new List<SessionRateDto>();
        var territories = new Dictionary<Guid, TerritoryTally>();
        var people = new Dictionary<Guid, PersonTally>();
        var recordedSessions = statuses.Where(x => x.Value.Values.Any(v => v is AttendanceStatus.Present or AttendanceStatus.Absent)).Select(x => x.Key).ToHashSet();
        var notRecorded = new List<string>();
        foreach (var session in held)
        {
            var expected = roster.ExpectedAt(session).ToList();
            if (!recordedSessions.Contains(session.Id))
            {
                // Apologies alone (excused in advance) do not make a sheet: the session counts once recorded.
                notRecorded.Add(session.Code);
                sessions.Add(new SessionRateDto(session.Id, session.Code, FrenchTime.ToParis(session.StartsAtUtc!.Value), false, expected.Count, 0, 0, 0,
                    expected.Count, 0, 0, expected.Select(m => m.TerritoryId).Distinct().Count(), 0));
                continue;
            }
            var sheet = statuses[session.Id];
            int present = 0, excused = 0, absent = 0;
            var representedHere = new HashSet<Guid>();
            var excusedHere = new Dictionary<Guid, (int Expected, int Excused)>();
            foreach (var member in expected)
            {
                var status = sheet.TryGetValue(member.PersonId, out var s) ? s : (AttendanceStatus?)null;
                if (!people.TryGetValue(member.PersonId, out var tally))
                {
                    people[member.PersonId] = tally = new PersonTally(member);
                }
                tally.Expected++;
                var e = excusedHere.GetValueOrDefault(member.TerritoryId);
                excusedHere[member.TerritoryId] = (e.Expected + 1, e.Excused + (status == AttendanceStatus.Excused ? 1 : 0));
                switch (status)
                {
                    case AttendanceStatus.Present: present++; tally.Present++; representedHere.Add(member.TerritoryId); break;
                    case AttendanceStatus.Excused: excused++; tally.Excused++; break;
                    case AttendanceStatus.Absent: absent++; tally.Absent++; break;
                }
            }
            // By id only: hashing the names of ten thousand territories four times cost more than the rest of the loop.
            var expectedTerritories = new Dictionary<Guid, string>();
            foreach (var member in expected) expectedTerritories.TryAdd(member.TerritoryId, member.TerritoryName);
            foreach (var (territoryId, name) in expectedTerritories)
            {
                if (!territories.TryGetValue(territoryId, out var t))
                {
                    territories[territoryId] = t = new TerritoryTally(name);
                }
                t.Expected++;
                t.Represented += representedHere.Contains(territoryId) ? 1 : 0;
                t.Excused += !representedHere.Contains(territoryId) && excusedHere.GetValueOrDefault(territoryId) is var x && x.Expected > 0 && x.Excused == x.Expected ? 1 : 0;
            }
            sessions.Add(new SessionRateDto(session.Id, session.Code, FrenchTime.ToParis(session.StartsAtUtc!.Value), true, expected.Count, present, excused, absent,
                expected.Count - present - excused - absent, Share(present, expected.Count), Share(present, expected.Count - excused),
                expectedTerritories.Count, representedHere.Count));
        }
        return new CohortAttendance(
            sessions,
            [.. territories.Select(t => new TerritoryRateDto(t.Key, t.Value.Name, t.Value.Expected, t.Value.Represented, t.Value.Excused,
                    Share(t.Value.Represented, t.Value.Expected), Share(t.Value.Represented, t.Value.Expected - t.Value.Excused)))
                .OrderBy(t => t.TerritoryName, StringComparer.Ordinal).ThenBy(t => t.TerritoryId)],
            [.. people.Values.Select(p => new PersonRateDto(p.Member.PersonId, p.Member.FirstName, p.Member.LastName, p.Member.TerritoryId, p.Member.TerritoryName,
                    p.Expected, p.Present, p.Excused, p.Absent, Share(p.Present, p.Expected), Share(p.Present, p.Expected - p.Excused)))
                .OrderBy(p => p.TerritoryName, StringComparer.Ordinal).ThenBy(p => p.LastName, StringComparer.Ordinal)],
            notRecorded);
    }

    private sealed class TerritoryTally(string name)
    {
        public string Name { get; } = name;
        public int Expected { get; set; }
        public int Represented { get; set; }
        public int Excused { get; set; }
    }

    private sealed class PersonTally(CohortRoster.Member member)
    {
        public CohortRoster.Member Member { get; } = member;
        public int Expected { get; set; }
        public int Present { get; set; }
        public int Excused { get; set; }
        public int Absent { get; set; }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
