using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Resources;

namespace Parcours.Application.Resources;

/// <summary>
/// Who reads which resource — the one rule of the library, applied in SQL to every read: the coordination all;
/// anyone signed in what is open to everyone; those who take part in any cohort what is open to the programme;
/// those who take part in a cohort all of that cohort's. Anything else is « introuvable ».
/// </summary>
internal static class ResourceAccess
{
    public static async Task<IQueryable<Resource>> ReadableAsync(IParcoursDbContext db, CallerAccess access, CancellationToken ct)
    {
        var resources = db.Resources.AsNoTracking();
        if (access.IsCoordinator) return resources;
        var cohorts = (await access.CommunityCohortIdsAsync(ct)).ToList();
        var inProgramme = cohorts.Count > 0;
        return resources.Where(r => r.Visibility == ResourceVisibility.Everyone
            || (inProgramme && r.Visibility == ResourceVisibility.Programme)
            || cohorts.Contains(r.CohortId));
    }

    /// <summary>One resource the caller may read, or 404.</summary>
    public static async Task<ResourceDto> ReadAsync(IParcoursDbContext db, CallerAccess access, Guid id, CancellationToken ct) =>
        (await ProjectAsync(db, (await ReadableAsync(db, access, ct)).Where(r => r.Id == id), ct)).SingleOrDefault() ?? throw NotFound();

    public static NotFoundException NotFound() => new("Cette ressource");

    /// <summary>Resources as their readers see them, with their cohort's title and their session's number, in one query.</summary>
    public static async Task<List<ResourceDto>> ProjectAsync(IParcoursDbContext db, IQueryable<Resource> resources, CancellationToken ct)
    {
        var rows = await (from r in resources
                          join c in db.Cohorts.AsNoTracking() on r.CohortId equals c.Id
                          from s in db.Sessions.AsNoTracking().Where(s => s.Id == r.SessionId).DefaultIfEmpty()
                          orderby r.SearchText, r.Id
                          select new { Resource = r, CohortTitle = c.Title, SessionNumber = s == null ? (int?)null : s.Number }).ToListAsync(ct);
        return [.. rows.Select(x => From(x.Resource, x.CohortTitle, x.SessionNumber))];
    }

    public static ResourceDto From(Resource r, string cohortTitle, int? sessionNumber) =>
        new(r.Id, r.CohortId, cohortTitle, r.SessionId, sessionNumber, r.Title, r.Description, r.Kind, r.Themes, r.Visibility, r.Format, r.Url,
            r.FileName, r.Size, r.Format == ResourceFormat.Document ? $"/api/resources/{r.Id}/file" : null, r.AddedAtUtc, r.UpdatedAtUtc);
}
