using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Sessions;
using Parcours.Domain.Reminders;
using Parcours.Domain.Roadmaps;
using Parcours.Domain.Sessions;
using Parcours.Domain.Territories;

namespace Parcours.Application.Dashboard;

/// <summary>Where a territory's feuille de route stands, « pas commencée » included.</summary>
public enum DashboardRoadmapState
{
    NotStarted = 0,
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Validated = 4,
}

/// <summary>The binôme as a whole at one session: present when one member came, excused when all expected were.</summary>
public enum BinomeAttendance
{
    /// <summary>The session is not held yet (or not dated), or nobody of the territory was expected.</summary>
    NotExpected = 0,
    NotRecorded = 1,
    Present = 2,
    Excused = 3,
    Absent = 4,
}

public enum DashboardSort
{
    Name = 0,
    Status = 1,
    Roadmap = 2,
    LastContact = 3,
    Overdue = 4,
}

public sealed record DashboardSessionDto(Guid SessionId, int Number, string Code, DateTime? StartsAt, bool Held, bool Recorded);

public sealed record DashboardRowDto(
    Guid TerritoryId, string TerritoryName, FrenchRegion Region, string RegionLabel, TerritoryKind Kind, string KindLabel,
    ParticipationStatus Status, string StatusLabel, IReadOnlyList<string> Binome, IReadOnlyList<BinomeAttendance> Attendance,
    DashboardRoadmapState Roadmap, DateOnly? LastContact, int? DaysWithoutNews, int OverdueSteps);

/// <summary>The figures above the table, over the whole cohort (filters do not change them).</summary>
public sealed record DashboardCountsDto(
    int Territories, int Solicited, int Accepted, int Declined, int Withdrawn, int Binomes,
    int RoadmapsNotStarted, int RoadmapsDraft, int RoadmapsSubmitted, int RoadmapsChangesRequested, int RoadmapsValidated);

public sealed record SilentTerritoryDto(Guid TerritoryId, string TerritoryName, DateOnly? LastContact, int? DaysWithoutNews);

public sealed record OverdueTerritoryDto(Guid TerritoryId, string TerritoryName, int OverdueSteps, DateOnly OldestDue);

public sealed record TwoAbsencesDto(Guid PersonId, string FirstName, string LastName, Guid TerritoryId, string TerritoryName, string FirstSession, string SecondSession);

/// <summary>What needs the coordination now: silences past the cohort's cadence, overdue steps, failed reminders, absences.</summary>
public sealed record DashboardAlertsDto(
    int CadenceDays, IReadOnlyList<SilentTerritoryDto> WithoutContact, IReadOnlyList<OverdueTerritoryDto> OverdueSteps,
    int FailedReminders, IReadOnlyList<TwoAbsencesDto> TwoAbsences)
{
    public bool Any => WithoutContact.Count > 0 || OverdueSteps.Count > 0 || FailedReminders > 0 || TwoAbsences.Count > 0;
}

/// <summary>The filters of the dashboard, shared by the page and its CSV export.</summary>
public sealed record DashboardFilter(
    ParticipationStatus? Status = null, FrenchRegion? Region = null, TerritoryKind? Kind = null, DashboardRoadmapState? Roadmap = null,
    int? SilentDays = null, string? Search = null, DashboardSort Sort = DashboardSort.Name, bool Descending = false);

/// <summary>
/// Everything the cohort's dashboard shows, computed in a fixed number of grouped queries (nine)
/// whatever the number of territories: the rows are then filtered and sorted in memory, because
/// filters and sorts cross five modules (a 1,000-territory cohort is a few thousand small rows).
/// </summary>
internal sealed class CohortDashboardData
{
    public required string CohortTitle { get; init; }
    public required DateOnly Today { get; init; }
    public required IReadOnlyList<DashboardSessionDto> Sessions { get; init; }
    public required IReadOnlyList<DashboardRowDto> Rows { get; init; }
    public required DashboardCountsDto Counts { get; init; }
    public required DashboardAlertsDto Alerts { get; init; }

    public static async Task<CohortDashboardData> LoadAsync(IParcoursDbContext db, Guid cohortId, TimeProvider clock, CancellationToken ct)
    {
        await db.HoldConnectionAsync(ct);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Title, c.ContactCadenceDays })
            .SingleOrDefaultAsync(ct) ?? throw new Common.Exceptions.NotFoundException("Promotion introuvable.");
        var today = FrenchTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var participations = await db.Participations.AsNoTracking().Where(p => p.CohortId == cohortId)
            .Select(p => new { p.TerritoryId, p.TerritoryName, p.TerritoryRegion, p.TerritoryKind, p.Status }).ToListAsync(ct);
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(ct)).OrderBy(s => s.Number).ToList();
        var roster = await CohortRoster.LoadAsync(db, cohortId, ct);
        var attendance = (await db.Attendances.AsNoTracking().Where(a => a.CohortId == cohortId)
                .Select(a => new { a.SessionId, a.PersonId, a.Status }).ToListAsync(ct))
            .ToDictionary(a => (a.SessionId, a.PersonId), a => a.Status);
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.CohortId == cohortId)
            .Select(r => new { r.TerritoryId, r.Status, Empty = r.Version == 0 }).ToDictionaryAsync(r => r.TerritoryId, ct);
        var lastContact = await db.FollowUpEntries.AsNoTracking().Where(e => e.CohortId == cohortId)
            .GroupBy(e => e.TerritoryId).Select(g => new { TerritoryId = g.Key, Last = g.Max(e => e.Date) })
            .ToDictionaryAsync(x => x.TerritoryId, x => x.Last, ct);
        var overdue = await db.NextSteps.AsNoTracking().Where(s => s.CohortId == cohortId && s.DoneAtUtc == null && s.DueDate < today)
            .GroupBy(s => s.TerritoryId).Select(g => new { TerritoryId = g.Key, Count = g.Count(), Oldest = g.Min(s => s.DueDate) })
            .ToDictionaryAsync(x => x.TerritoryId, ct);
        var failedReminders = await db.Reminders.AsNoTracking()
            .CountAsync(r => r.CohortId == cohortId && (r.Status == ReminderStatus.Failed || r.Status == ReminderStatus.Uncertain), ct);

        var sessionInfo = sessions.Select(s =>
        {
            var held = s.Status == SessionStatus.Planned && s.StartsAtUtc is { } start && start <= now;
            var recorded = held && attendance.Any(a => a.Key.SessionId == s.Id && a.Value is AttendanceStatus.Present or AttendanceStatus.Absent);
            return new DashboardSessionDto(s.Id, s.Number, s.Code, s.StartsAtUtc is { } at ? FrenchTime.ToParis(at) : null, held, recorded);
        }).ToList();

        // The binôme's attendance at each session, and who missed two held sessions in a row.
        var byTerritory = new Dictionary<Guid, BinomeAttendance[]>();
        var twoAbsences = new List<TwoAbsencesDto>();
        var lastAbsence = new Dictionary<Guid, string>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var info = sessionInfo[i];
            if (!info.Held) continue;
            var expected = roster.ExpectedAt(session).ToList();
            foreach (var group in expected.GroupBy(m => m.TerritoryId))
            {
                var statuses = group.Select(m => attendance.TryGetValue((session.Id, m.PersonId), out var st) ? st : (AttendanceStatus?)null).ToList();
                var state = !info.Recorded ? BinomeAttendance.NotRecorded
                    : statuses.Any(st => st == AttendanceStatus.Present) ? BinomeAttendance.Present
                    : statuses.All(st => st == AttendanceStatus.Excused) ? BinomeAttendance.Excused
                    : statuses.Any(st => st == AttendanceStatus.Absent) ? BinomeAttendance.Absent
                    : BinomeAttendance.NotRecorded;
                if (!byTerritory.TryGetValue(group.Key, out var row)) byTerritory[group.Key] = row = new BinomeAttendance[sessions.Count];
                row[i] = state;
            }
            if (!info.Recorded) continue;
            var absentHere = new HashSet<Guid>();
            foreach (var m in expected)
            {
                if (!attendance.TryGetValue((session.Id, m.PersonId), out var st) || st != AttendanceStatus.Absent) continue;
                absentHere.Add(m.PersonId);
                if (lastAbsence.TryGetValue(m.PersonId, out var previous))
                {
                    twoAbsences.Add(new TwoAbsencesDto(m.PersonId, m.FirstName, m.LastName, m.TerritoryId, m.TerritoryName, previous, session.Code));
                }
            }
            // « In a row »: a recorded session the person attended (or was excused from, or not expected at) breaks the run.
            foreach (var personId in lastAbsence.Keys.Where(p => !absentHere.Contains(p)).ToList()) lastAbsence.Remove(personId);
            foreach (var personId in absentHere) lastAbsence[personId] = session.Code;
        }

        var binomes = roster.Members.Where(m => m.Until is null).GroupBy(m => m.TerritoryId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(m => $"{m.FirstName} {m.LastName}")]);
        var rows = participations.Select(p =>
        {
            var roadmap = roadmaps.TryGetValue(p.TerritoryId, out var r) && !(r.Status == RoadmapStatus.Draft && r.Empty)
                ? (DashboardRoadmapState)(int)r.Status : DashboardRoadmapState.NotStarted;
            DateOnly? last = lastContact.TryGetValue(p.TerritoryId, out var d) ? d : null;
            return new DashboardRowDto(
                p.TerritoryId, p.TerritoryName, p.TerritoryRegion, FrenchLabels.Label(p.TerritoryRegion), p.TerritoryKind, FrenchLabels.Label(p.TerritoryKind),
                p.Status, Participation.Label(p.Status), binomes.GetValueOrDefault(p.TerritoryId, []),
                byTerritory.TryGetValue(p.TerritoryId, out var a) ? a : new BinomeAttendance[sessions.Count],
                roadmap, last, last is { } l ? today.DayNumber - l.DayNumber : null,
                overdue.TryGetValue(p.TerritoryId, out var o) ? o.Count : 0);
        }).OrderBy(r => r.TerritoryName, StringComparer.Create(FrenchTime.Culture, ignoreCase: true)).ToList();

        var accepted = rows.Where(r => r.Status == ParticipationStatus.Accepted).ToList();
        var counts = new DashboardCountsDto(
            rows.Count,
            rows.Count(r => r.Status == ParticipationStatus.Solicited), accepted.Count,
            rows.Count(r => r.Status == ParticipationStatus.Declined), rows.Count(r => r.Status == ParticipationStatus.Withdrawn),
            binomes.Count,
            accepted.Count(r => r.Roadmap == DashboardRoadmapState.NotStarted), accepted.Count(r => r.Roadmap == DashboardRoadmapState.Draft),
            accepted.Count(r => r.Roadmap == DashboardRoadmapState.Submitted), accepted.Count(r => r.Roadmap == DashboardRoadmapState.ChangesRequested),
            accepted.Count(r => r.Roadmap == DashboardRoadmapState.Validated));
        var alerts = new DashboardAlertsDto(
            cohort.ContactCadenceDays,
            [.. accepted.Where(r => r.DaysWithoutNews is null || r.DaysWithoutNews > cohort.ContactCadenceDays)
                .OrderByDescending(r => r.DaysWithoutNews ?? int.MaxValue).ThenBy(r => r.TerritoryName, StringComparer.Ordinal)
                .Select(r => new SilentTerritoryDto(r.TerritoryId, r.TerritoryName, r.LastContact, r.DaysWithoutNews))],
            [.. rows.Where(r => overdue.ContainsKey(r.TerritoryId)).Select(r => new OverdueTerritoryDto(r.TerritoryId, r.TerritoryName, r.OverdueSteps, overdue[r.TerritoryId].Oldest))
                .OrderBy(o => o.OldestDue)],
            failedReminders,
            twoAbsences);
        return new CohortDashboardData { CohortTitle = cohort.Title, Today = today, Sessions = sessionInfo, Rows = rows, Counts = counts, Alerts = alerts };
    }

    /// <summary>The rows a filter keeps, in the order it asks for (the name breaks ties).</summary>
    public IReadOnlyList<DashboardRowDto> Select(DashboardFilter filter)
    {
        IEnumerable<DashboardRowDto> rows = Rows;
        if (filter.Status is { } status) rows = rows.Where(r => r.Status == status);
        if (filter.Region is { } region) rows = rows.Where(r => r.Region == region);
        if (filter.Kind is { } kind) rows = rows.Where(r => r.Kind == kind);
        if (filter.Roadmap is { } roadmap) rows = rows.Where(r => r.Roadmap == roadmap);
        if (filter.SilentDays is { } days) rows = rows.Where(r => r.DaysWithoutNews is null || r.DaysWithoutNews >= days);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            var compare = FrenchTime.Culture.CompareInfo;
            // « saint-etienne » finds « Saint-Étienne »: accents and case are ignored, as people type.
            rows = rows.Where(r => compare.IndexOf(r.TerritoryName, search, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0);
        }
        var list = rows.ToList(); // already in name order: the sorts below are stable, so the name breaks ties
        var position = 0;
        var byName = list.ToDictionary(r => r.TerritoryId, _ => position++);
        Func<DashboardRowDto, int> key = filter.Sort switch
        {
            DashboardSort.Status => r => (int)r.Status,
            DashboardSort.Roadmap => r => (int)r.Roadmap,
            // Never contacted counts as the longest silence; the longest silence comes first.
            DashboardSort.LastContact => r => -(r.DaysWithoutNews ?? int.MaxValue),
            DashboardSort.Overdue => r => -r.OverdueSteps,
            _ => r => byName[r.TerritoryId],
        };
        var ordered = (filter.Descending ? list.OrderByDescending(key) : list.OrderBy(key)).ToList();
        return ordered;
    }
}
