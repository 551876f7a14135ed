using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Sessions;

namespace Parcours.Application.Sessions;

/// <summary>
/// Who sat in which binôme of a cohort and when, with names: what attendance is read against.
/// Four queries whatever the size of the cohort. Public: the sessions module's contract for the read models
/// (the coordinator's dashboard) that show attendance.
/// </summary>
public sealed class CohortRoster
{
    public sealed record Member(Guid PersonId, Guid PairId, Guid TerritoryId, string TerritoryName, string FirstName, string LastName, string Email, DateOnly From, DateOnly? Until)
    {
        public bool SatOn(DateOnly day) => new Domain.Common.ActiveSpan(From, Until).ActiveOn(day);
    }

    private CohortRoster(IReadOnlyList<Member> members) => Members = members;

    public IReadOnlyList<Member> Members { get; }

    public bool Knows(Guid personId) => Members.Any(m => m.PersonId == personId);

    /// <summary>The members expected at a session: those in a binôme on its day (Paris time).</summary>
    public IEnumerable<Member> ExpectedAt(CollectiveSession session)
    {
        if (session.StartsAtUtc is not { } start)
        {
            return [];
        }
        var day = DateOnly.FromDateTime(FrenchTime.ToParis(start));
        return Members.Where(m => m.SatOn(day)).DistinctBy(m => m.PersonId);
    }

    /// <summary>Whoever belongs on a session's sheet: the members expected that day, then anyone else recorded for it.</summary>
    public List<Member> OnSheet(CollectiveSession session, Func<Guid, bool> recorded)
    {
        var people = ExpectedAt(session).ToList();
        var listed = people.Select(p => p.PersonId).ToHashSet();
        people.AddRange(Members.Where(m => recorded(m.PersonId) && listed.Add(m.PersonId)));
        return people;
    }

    /// <summary>Every membership of the cohort's binômes with its person and territory, in one query (a national cohort has tens of thousands).</summary>
    public static async Task<CohortRoster> LoadAsync(IParcoursDbContext db, Guid cohortId, CancellationToken ct)
    {
        var members = await (from m in db.PairMembers.AsNoTracking()
                             where m.CohortId == cohortId
                             join pair in db.Pairs.AsNoTracking() on m.PairId equals pair.Id
                             join person in db.People.AsNoTracking() on m.PersonId equals person.Id
                             join participation in db.Participations.AsNoTracking().Where(p => p.CohortId == cohortId)
                                 on pair.TerritoryId equals participation.TerritoryId into participations
                             from participation in participations.DefaultIfEmpty()
                             select new Member(m.PersonId, m.PairId, pair.TerritoryId, participation == null ? "" : participation.TerritoryName,
                                 person.FirstName, person.LastName, person.Email, m.FromDate, m.UntilDate))
            .ToListAsync(ct);
        return new CohortRoster([.. members
            .OrderBy(m => m.TerritoryName, StringComparer.Ordinal).ThenBy(m => m.LastName, StringComparer.Ordinal).ThenBy(m => m.FirstName, StringComparer.Ordinal)]);
    }

    public static string Label(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.Present => "Présent",
        AttendanceStatus.Excused => "Excusé",
        AttendanceStatus.Absent => "Absent",
        _ => "Non renseigné",
    };
}
