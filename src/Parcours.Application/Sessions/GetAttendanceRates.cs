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

/// <summary>
/// The whole cohort's rates per session and per territory, for the progress report and the page-by-page answer;
/// the people's rates are tallied on demand (<see cref="PeopleOf"/>): a page needs those of its territories only, the
/// report none — tallying and sorting twenty thousand people for fifty was a third of the answer's time.
/// </summary>
public sealed class CohortAttendance
{
    /// <summary>Each recorded session's expected members and sheet: what the people's rates are tallied from.</summary>
    private readonly IReadOnlyList<(List<CohortRoster.Member> Expected, Dictionary<Guid, AttendanceStatus> Sheet)> _recorded;

    internal CohortAttendance(IReadOnlyList<SessionRateDto> sessions, IReadOnlyList<TerritoryRateDto> territories, IReadOnlyList<string> sessionsNotRecorded,
        IReadOnlyList<(List<CohortRoster.Member>, Dictionary<Guid, AttendanceStatus>)> recorded)
    {
        Sessions = sessions;
        Territories = territories;
        SessionsNotRecorded = sessionsNotRecorded;
        _recorded = recorded;
    }

    public IReadOnlyList<SessionRateDto> Sessions { get; }
    public IReadOnlyList<TerritoryRateDto> Territories { get; }
    public IReadOnlyList<string> SessionsNotRecorded { get; }

    /// <summary>The rates of the people of these territories, over the same recorded sessions, in territory then name order.</summary>
    public IReadOnlyList<PersonRateDto> PeopleOf(IReadOnlySet<Guid> territoryIds)
    {
        var people = new Dictionary<Guid, PersonTally>();
        foreach (var (expected, sheet) in _recorded)
        {
            foreach (var member in expected)
            {
                if (!territoryIds.Contains(member.TerritoryId)) continue;
                if (!people.TryGetValue(member.PersonId, out var tally))
                {
                    people[member.PersonId] = tally = new PersonTally(member);
                }
                tally.Expected++;
                switch (sheet.TryGetValue(member.PersonId, out var s) ? s : (AttendanceStatus?)null)
                {
                    case AttendanceStatus.Present: tally.Present++; break;
                    case AttendanceStatus.Excused: tally.Excused++; break;
                    case AttendanceStatus.Absent: tally.Absent++; break;
                }
            }
        }
        return [.. people.Values.Select(p => new PersonRateDto(p.Member.PersonId, p.Member.FirstName, p.Member.LastName, p.Member.TerritoryId, p.Member.TerritoryName,
                p.Expected, p.Present, p.Excused, p.Absent, GetAttendanceRatesHandler.Share(p.Present, p.Expected), GetAttendanceRatesHandler.Share(p.Present, p.Expected - p.Excused)))
            .OrderBy(p => p.TerritoryName, StringComparer.Ordinal).ThenBy(p => p.LastName, StringComparer.Ordinal)];
    }

    private sealed class PersonTally(CohortRoster.Member member)
    {
        public CohortRoster.Member Member { get; } = member;
        public int Expected { get; set; }
        public int Present { get; set; }
        public int Excused { get; set; }
        public int Absent { get; set; }
    }
}

internal sealed class GetAttendanceRatesHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetAttendanceRates, AttendanceRatesDto>
{
    public async Task<AttendanceRatesDto> Handle(GetAttendanceRates request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var all = await ComputeAsync(db, request.CohortId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var territories = all.Territories.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new AttendanceRatesDto(all.Sessions, new Paged<TerritoryRateDto>(territories, request.Page, request.PageSize, all.Territories.Count),
            all.PeopleOf(territories.Select(t => t.TerritoryId).ToHashSet()), all.SessionsNotRecorded);
    }

    /// <summary>The rates as they stood at an instant: sessions held by then count (the progress report reuses this).</summary>
    internal static async Task<CohortAttendance> ComputeAsync(IParcoursDbContext db, Guid cohortId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var held = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null)
            .ToListAsync(cancellationToken)).Where(s => s.StartsAtUtc <= atUtc).OrderBy(s => s.Number).ToList();
        var roster = await CohortRoster.LoadAsync(db, cohortId, cancellationToken);

        var sessions = new List<SessionRateDto>();
        var territories = new Dictionary<Guid, TerritoryTally>();
        var recorded = new List<(List<CohortRoster.Member>, Dictionary<Guid, AttendanceStatus>)>();
        var notRecorded = new List<string>();
        foreach (var session in held)
        {
            // One sheet at a time, a status per person: a national cohort's session has some 20,000 lines.
            var sessionId = session.Id;
            var sheet = await db.Attendances.AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => new { a.PersonId, a.Status })
                .ToDictionaryAsync(a => a.PersonId, a => a.Status, cancellationToken);
            var expected = roster.ExpectedAt(session).ToList();
            if (!sheet.Values.Any(v => v is AttendanceStatus.Present or AttendanceStatus.Absent))
            {
                // Apologies alone (excused in advance) do not make a sheet: the session counts once recorded.
                notRecorded.Add(session.Code);
                sessions.Add(new SessionRateDto(session.Id, session.Code, FrenchTime.ToParis(session.StartsAtUtc!.Value), false, expected.Count, 0, 0, 0,
                    expected.Count, 0, 0, expected.Select(m => m.TerritoryId).Distinct().Count(), 0));
                continue;
            }
            recorded.Add((expected, sheet));
            int present = 0, excused = 0, absent = 0;
            var representedHere = new HashSet<Guid>();
            var excusedHere = new Dictionary<Guid, (int Expected, int Excused)>();
            foreach (var member in expected)
            {
                var status = sheet.TryGetValue(member.PersonId, out var s) ? s : (AttendanceStatus?)null;
                var e = excusedHere.GetValueOrDefault(member.TerritoryId);
                excusedHere[member.TerritoryId] = (e.Expected + 1, e.Excused + (status == AttendanceStatus.Excused ? 1 : 0));
                switch (status)
                {
                    case AttendanceStatus.Present: present++; representedHere.Add(member.TerritoryId); break;
                    case AttendanceStatus.Excused: excused++; break;
                    case AttendanceStatus.Absent: absent++; break;
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
            notRecorded,
            recorded);
    }

    private sealed class TerritoryTally(string name)
    {
        public string Name { get; } = name;
        public int Expected { get; set; }
        public int Represented { get; set; }
        public int Excused { get; set; }
    }

    internal static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
