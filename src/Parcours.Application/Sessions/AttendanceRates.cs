using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

public sealed record SessionRateDto(Guid SessionId, string Code, DateTime StartsAt, int Expected, int Present, int Excused, int Absent, int NotRecorded,
    double Rate, int TerritoriesExpected, int TerritoriesRepresented);

public sealed record TerritoryRateDto(Guid TerritoryId, string TerritoryName, int SessionsExpected, int SessionsRepresented, double Rate);

public sealed record PersonRateDto(Guid PersonId, string FirstName, string LastName, string TerritoryName, int SessionsExpected, int Present, int Excused, int Absent, double Rate);

/// <summary>Rates are shares between 0 and 1 of what was expected; sessions count once held (started, not cancelled).</summary>
public sealed record AttendanceRatesDto(IReadOnlyList<SessionRateDto> Sessions, IReadOnlyList<TerritoryRateDto> Territories, IReadOnlyList<PersonRateDto> People);

/// <summary>
/// Attendance of a cohort, per session, per territory (represented when at least one member of
/// its binôme was present) and per person.
/// </summary>
public sealed record GetAttendanceRates(Guid CohortId) : IQuery<AttendanceRatesDto>;

internal sealed class GetAttendanceRatesHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<GetAttendanceRates, AttendanceRatesDto>
{
    public async Task<AttendanceRatesDto> Handle(GetAttendanceRates request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        return await ComputeAsync(db, request.CohortId, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>The rates as they stood at an instant: sessions held by then count (the progress report reuses this).</summary>
    internal static async Task<AttendanceRatesDto> ComputeAsync(IParcoursDbContext db, Guid cohortId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var held = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Status == SessionStatus.Planned && s.StartsAtUtc != null)
            .ToListAsync(cancellationToken)).Where(s => s.StartsAtUtc <= atUtc).OrderBy(s => s.Number).ToList();
        var roster = await CohortRoster.LoadAsync(db, cohortId, cancellationToken);
        var statuses = (await db.Attendances.AsNoTracking().Where(a => a.CohortId == cohortId)
                .Select(a => new { a.SessionId, a.PersonId, a.Status }).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.SessionId, a.PersonId), a => a.Status);

        var sessions = new List<SessionRateDto>();
        var territories = new Dictionary<Guid, TerritoryTally>();
        var people = new Dictionary<Guid, PersonTally>();
        foreach (var session in held)
        {
            var expected = roster.ExpectedAt(session).ToList();
            int present = 0, excused = 0, absent = 0;
            var representedHere = new HashSet<Guid>();
            foreach (var member in expected)
            {
                var status = statuses.TryGetValue((session.Id, member.PersonId), out var s) ? s : (AttendanceStatus?)null;
                if (!people.TryGetValue(member.PersonId, out var tally))
                {
                    people[member.PersonId] = tally = new PersonTally(member);
                }
                tally.Expected++;
                switch (status)
                {
                    case AttendanceStatus.Present: present++; tally.Present++; representedHere.Add(member.TerritoryId); break;
                    case AttendanceStatus.Excused: excused++; tally.Excused++; break;
                    case AttendanceStatus.Absent: absent++; tally.Absent++; break;
                }
            }
            var expectedTerritories = expected.Select(m => (m.TerritoryId, m.TerritoryName)).Distinct().ToList();
            foreach (var (territoryId, name) in expectedTerritories)
            {
                if (!territories.TryGetValue(territoryId, out var t))
                {
                    territories[territoryId] = t = new TerritoryTally(name);
                }
                t.Expected++;
                t.Represented += representedHere.Contains(territoryId) ? 1 : 0;
            }
            sessions.Add(new SessionRateDto(session.Id, session.Code, FrenchTime.ToParis(session.StartsAtUtc!.Value), expected.Count, present, excused, absent,
                expected.Count - present - excused - absent, Share(present, expected.Count), expectedTerritories.Count, representedHere.Count));
        }
        return new AttendanceRatesDto(
            sessions,
            [.. territories.Select(t => new TerritoryRateDto(t.Key, t.Value.Name, t.Value.Expected, t.Value.Represented, Share(t.Value.Represented, t.Value.Expected)))
                .OrderBy(t => t.TerritoryName, StringComparer.Ordinal)],
            [.. people.Values.Select(p => new PersonRateDto(p.Member.PersonId, p.Member.FirstName, p.Member.LastName, p.Member.TerritoryName,
                    p.Expected, p.Present, p.Excused, p.Absent, Share(p.Present, p.Expected)))
                .OrderBy(p => p.TerritoryName, StringComparer.Ordinal).ThenBy(p => p.LastName, StringComparer.Ordinal)]);
    }

    private sealed class TerritoryTally(string name)
    {
        public string Name { get; } = name;
        public int Expected { get; set; }
        public int Represented { get; set; }
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
