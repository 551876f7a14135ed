using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// The whole cohort's rates per session and per territory, for the progress report and the page-by-page answer;
/// the people's rates are tallied on demand (<see cref="PeopleOf"/>): a page needs those of its territories only, the
/// report none — tallying and sorting twenty thousand people for fifty was a third of the answer's time.
/// </summary>
public sealed class CohortAttendance
{
    /// <summary>Each recorded session's expected members and sheet: what the people's rates are tallied from.</summary>
    private readonly IReadOnlyList<(List<CohortRoster.Member> Expected, Dictionary<Guid, AttendanceStatus> Sheet)> _recorded;

    internal CohortAttendance(int peopleCount, IReadOnlyList<SessionRateDto> sessions, IReadOnlyList<TerritoryRateDto> territories, IReadOnlyList<string> sessionsNotRecorded,
        IReadOnlyList<(List<CohortRoster.Member>, Dictionary<Guid, AttendanceStatus>)> recorded)
    {
        PeopleCount = peopleCount;
        Sessions = sessions;
        Territories = territories;
        SessionsNotRecorded = sessionsNotRecorded;
        _recorded = recorded;
    }

    /// <summary>The cohort's memberships these figures were tallied from: their weight in the cache.</summary>
    internal int PeopleCount { get; }
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
                p.Expected, p.Present, p.Excused, p.Absent, AttendanceFigures.Share(p.Present, p.Expected), AttendanceFigures.Share(p.Present, p.Expected - p.Excused)))
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

/// <summary>
/// A cohort's attendance figures as they stood at an instant, for the rates and the progress report. Tallying a national
/// cohort's (20,000 people, four sheets) takes a quarter of a second; the figures are kept and reused while the cohort's
/// <see cref="AttendanceVersion"/> — changed by the database with every sheet, session, binôme, participation or name —
/// stays the same, and recomputed the first time after it moves (decision record 0029).
/// </summary>
public interface IAttendanceFigures
{
    /// <summary>The rates as they stood at an instant: sessions held by then count (the progress report reads these).</summary>
    Task<CohortAttendance> ReadAsync(Guid cohortId, DateTime atUtc, CancellationToken cancellationToken);
}

internal sealed class AttendanceFigures(IParcoursDbContext db, AttendanceFiguresCache cache) : IAttendanceFigures
{
    public async Task<CohortAttendance> ReadAsync(Guid cohortId, DateTime atUtc, CancellationToken cancellationToken)
    {
        // The version before the figures: figures tallied after reading it are at least as new as it says.
        var version = await db.AttendanceVersions.Where(v => v.CohortId == cohortId).Select(v => (long?)v.Version).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var held = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null)
            .ToListAsync(cancellationToken)).Where(s => s.StartsAtUtc <= atUtc).OrderBy(s => s.Number).ToList();
        // The sessions held by the instant are the other half of the key: the report at an earlier day counts fewer.
        var key = new AttendanceFiguresCache.Key(cohortId, string.Join(',', held.Select(s => s.Id)));
        if (cache.TryGet(key, version) is { } kept)
        {
            return kept;
        }
        var figures = await ComputeAsync(cohortId, held, cancellationToken);
        cache.Keep(key, version, figures);
        return figures;
    }

    private async Task<CohortAttendance> ComputeAsync(Guid cohortId, List<CollectiveSession> held, CancellationToken cancellationToken)
    {
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
            roster.Members.Count,
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

/// <summary>
/// The figures kept between requests, one process-wide cache. Bounded by the people counted (a national cohort's
/// figures weigh some ten megabytes for its 20,000 people): five of them at most, the least used dropped first, and
/// any left unread for half an hour.
/// </summary>
internal sealed class AttendanceFiguresCache : IDisposable
{
    internal sealed record Key(Guid CohortId, string HeldSessions);

    private sealed record Entry(long Version, CohortAttendance Figures);

    private const long PeopleKept = 100_000;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = PeopleKept });

    /// <summary>The figures kept for this cohort and these sessions, if the cohort's version has not moved since.</summary>
    public CohortAttendance? TryGet(Key key, long version) =>
        _cache.TryGetValue(key, out Entry? entry) && entry!.Version == version ? entry.Figures : null;

    /// <summary>Replaces what was kept under the key: an older version is never read again.</summary>
    public void Keep(Key key, long version, CohortAttendance figures) =>
        _cache.Set(key, new Entry(version, figures),
            new MemoryCacheEntryOptions { Size = Math.Max(1, figures.PeopleCount), SlidingExpiration = TimeSpan.FromMinutes(30) });

    public void Dispose() => _cache.Dispose();
}
