using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Documents;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Roadmaps;

namespace Parcours.Application.Roadmaps;

public sealed record RoadmapSummaryDto(Guid TerritoryId, string TerritoryName, RoadmapStatus? Status, int Version, int SubmittedVersions, int? ValidatedVersion, bool Pitched);

/// <summary>The cohort's roadmaps the caller may see, with where each stands.</summary>
public sealed record ListCohortRoadmaps(Guid CohortId) : IQuery<IReadOnlyList<RoadmapSummaryDto>>;

internal sealed class ListCohortRoadmapsHandler(IParcoursDbContext db, CallerAccess access) : MediatR.IRequestHandler<ListCohortRoadmaps, IReadOnlyList<RoadmapSummaryDto>>
{
    public async Task<IReadOnlyList<RoadmapSummaryDto>> Handle(ListCohortRoadmaps request, CancellationToken cancellationToken)
    {
        var territories = await db.Participations.AsNoTracking().Where(p => p.CohortId == request.CohortId && p.Status == Domain.Territories.ParticipationStatus.Accepted)
            .OrderBy(p => p.TerritoryName).Select(p => new { p.TerritoryId, p.TerritoryName }).ToListAsync(cancellationToken);
        var roadmaps = await db.Roadmaps.AsNoTracking().Where(r => r.CohortId == request.CohortId).ToDictionaryAsync(r => r.TerritoryId, cancellationToken);
        var validated = (await db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == request.CohortId && v.Outcome == ReviewOutcome.Validated)
            .Select(v => new { v.TerritoryId, v.Number, v.Pitched }).ToListAsync(cancellationToken)).ToLookup(v => v.TerritoryId);
        var cohortScope = await RoadmapScope.Cohort.ForAsync(access, request.CohortId, cancellationToken);
        var result = new List<RoadmapSummaryDto>();
        foreach (var t in territories)
        {
            var scope = cohortScope.For(t.TerritoryId);
            if (!scope.CanReadValidated) continue;
            var latestValidated = validated[t.TerritoryId].OrderByDescending(v => v.Number).FirstOrDefault();
            if (!scope.CanReadDrafts && latestValidated is null) continue;
            var roadmap = roadmaps.GetValueOrDefault(t.TerritoryId);
            result.Add(new RoadmapSummaryDto(t.TerritoryId, t.TerritoryName, scope.CanReadDrafts ? roadmap?.Status : RoadmapStatus.Validated,
                scope.CanReadDrafts ? roadmap?.Version ?? 0 : latestValidated!.Number, roadmap?.SubmittedVersions ?? 0, latestValidated?.Number, validated[t.TerritoryId].Any(v => v.Pitched)));
        }
        if (!access.IsCoordinator && result.Count == 0 && !cohortScope.For(Guid.Empty).CanReadValidated)
        {
            // Someone with no standing in this cohort learns nothing about it.
            throw NotFoundException.Cohort();
        }
        if (access.IsCoordinator) await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        return result;
    }
}

/// <summary>
/// One roadmap as a PDF: the working text (or a given version) for those who read drafts; for
/// committee members, the latest validated version (or a given validated one).
/// </summary>
public sealed record RoadmapPdf(Guid CohortId, Guid TerritoryId, int? Version) : IQuery<FileContent>;

internal sealed class RoadmapPdfHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer) : MediatR.IRequestHandler<RoadmapPdf, FileContent>
{
    public async Task<FileContent> Handle(RoadmapPdf request, CancellationToken cancellationToken)
    {
        var scope = await RoadmapScope.ForAsync(db, access, clock, request.CohortId, request.TerritoryId, cancellationToken);
        RoadmapDocument document;
        if (request.Version is null && scope.CanReadDrafts)
        {
            var roadmap = await Roadmaps.LoadOrStartAsync(db, request.CohortId, request.TerritoryId, tracking: false, cancellationToken);
            document = await RoadmapDocuments.BuildAsync(db, request.CohortId, request.TerritoryId,
                $"Version de travail n° {roadmap.Version}{(roadmap.Status == RoadmapStatus.Validated ? " (validée)" : "")}",
                roadmap.Version == 0 ? clock.GetUtcNow().UtcDateTime : roadmap.UpdatedAtUtc, roadmap.Sections, roadmap.Actions, cancellationToken);
        }
        else
        {
            var versions = await RoadmapVersionQueries.VisibleAsync(db, scope, request.CohortId, request.TerritoryId, cancellationToken);
            var version = (request.Version is { } n ? versions.SingleOrDefault(v => v.Number == n) : versions.LastOrDefault())
                ?? throw new NotFoundException("Cette version");
            document = await RoadmapDocuments.BuildAsync(db, request.CohortId, request.TerritoryId, RoadmapDocuments.Label(version),
                version.DecidedAtUtc ?? version.SubmittedAtUtc, version.Sections, version.Actions, cancellationToken);
        }
        var pdf = renderer.RenderRoadmap(document, FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime));
        return new FileContent(RoadmapDocuments.FileName(document.TerritoryName), pdf);
    }
}

/// <summary>Every validated roadmap of a cohort (latest validated version each), for the comité d'orientation.</summary>
public sealed record CohortRoadmapBundle(Guid CohortId, bool Zip) : IQuery<FileContent>;

internal sealed class CohortRoadmapBundleHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentRenderer renderer)
    : MediatR.IRequestHandler<CohortRoadmapBundle, FileContent>
{
    public async Task<FileContent> Handle(CohortRoadmapBundle request, CancellationToken cancellationToken)
    {
        await RoadmapDocuments.EnsureCohortReaderAsync(db, access, clock, request.CohortId, cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == request.CohortId, cancellationToken);
        var documents = await RoadmapDocuments.ValidatedAsync(db, request.CohortId, cancellationToken);
        var now = FrenchTime.ToParis(clock.GetUtcNow().UtcDateTime);
        if (!request.Zip)
        {
            return new FileContent($"feuilles-de-route-{Slug(cohort.Title)}.pdf",
                renderer.RenderBundle("Feuilles de route validées", cohort.Title, documents, now));
        }
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var document in documents)
            {
                var entry = zip.CreateEntry(RoadmapDocuments.FileName(document.TerritoryName), CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(renderer.RenderRoadmap(document, now), cancellationToken);
            }
        }
        return new FileContent($"feuilles-de-route-{Slug(cohort.Title)}.zip", buffer.ToArray());
    }

    private static string Slug(string text) => Territories.FrenchLabels.Fold(text);
}

internal static class RoadmapDocuments
{
    public static string Label(RoadmapVersion v) => $"Version {v.Number}" + v.Outcome switch
    {
        ReviewOutcome.Validated => v.Pitched ? " (validée, pitchée en S4)" : " (validée)",
        ReviewOutcome.ChangesRequested => " (modifications demandées)",
        _ => " (soumise)",
    };

    public static string FileName(string territory) => $"feuille-de-route-{Territories.FrenchLabels.Fold(territory)}.pdf";

    public static async Task<RoadmapDocument> BuildAsync(IParcoursDbContext db, Guid cohortId, Guid territoryId, string label, DateTime dateUtc,
        IReadOnlyList<RoadmapSection> sections, IReadOnlyList<RoadmapAction> actions, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Title).SingleAsync(ct);
        var territory = await Roadmaps.TerritoryNameAsync(db, cohortId, territoryId, ct);
        var members = await PairMembersAsync(db, cohortId, territoryId, ct);
        return new RoadmapDocument(territory, cohort, [.. members[territoryId]], label, FrenchTime.ToParis(dateUtc), sections, actions);
    }

    /// <summary>The latest validated version of each territory's roadmap, in alphabetical order, names fetched once.</summary>
    /// <summary>The last validated version of each territory — as of <paramref name="atUtc"/> when given (a report at a date and its annex agree).</summary>
    public static async Task<List<RoadmapDocument>> ValidatedAsync(IParcoursDbContext db, Guid cohortId, CancellationToken ct, DateTime? atUtc = null)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Title).SingleAsync(ct);
        var versions = (await db.RoadmapVersions.AsNoTracking().Where(v => v.CohortId == cohortId && v.Outcome == ReviewOutcome.Validated
                && (atUtc == null || v.DecidedAtUtc <= atUtc)).ToListAsync(ct))
            .GroupBy(v => v.TerritoryId).Select(g => g.OrderByDescending(v => v.Number).First()).ToList();
        var names = await db.Participations.AsNoTracking().Where(p => p.CohortId == cohortId).ToDictionaryAsync(p => p.TerritoryId, p => p.TerritoryName, ct);
        var members = await PairMembersAsync(db, cohortId, null, ct);
        return [.. versions.Select(v => new RoadmapDocument(names[v.TerritoryId], cohort, [.. members[v.TerritoryId]], Label(v),
                FrenchTime.ToParis(v.DecidedAtUtc ?? v.SubmittedAtUtc), v.Sections, v.Actions))
            .OrderBy(d => d.TerritoryName, StringComparer.Ordinal)];
    }

    /// <summary>The names of the current members of the cohort's binômes (of one territory, or all), by territory.</summary>
    private static async Task<ILookup<Guid, string>> PairMembersAsync(IParcoursDbContext db, Guid cohortId, Guid? territoryId, CancellationToken ct) =>
        (await (from p in db.Pairs.AsNoTracking()
                where p.CohortId == cohortId && (territoryId == null || p.TerritoryId == territoryId)
                join m in db.PairMembers.AsNoTracking() on p.Id equals m.PairId
                where m.UntilDate == null
                join person in db.People.AsNoTracking() on m.PersonId equals person.Id
                select new { p.TerritoryId, Name = person.FirstName + " " + person.LastName }).ToListAsync(ct))
            .ToLookup(x => x.TerritoryId, x => x.Name);

    /// <summary>Coordinators, and committee members sitting on a committee of the cohort.</summary>
    public static async Task EnsureCohortReaderAsync(IParcoursDbContext db, CallerAccess access, TimeProvider clock, Guid cohortId, CancellationToken ct)
    {
        if (access.IsCoordinator)
        {
            await access.EnsureCanReadCohortAsync(cohortId, ct);
            return;
        }
        if (!await access.SitsOnCommitteeOfAsync(cohortId, ct))
        {
            throw NotFoundException.Cohort();
        }
    }
}
