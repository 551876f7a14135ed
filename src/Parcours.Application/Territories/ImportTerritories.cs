using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

public sealed record ImportResultDto(int Imported, int Created, int Reused);

/// <summary>
/// Imports territories from a coordinator's spreadsheet into a cohort, each one solicited on
/// <see cref="Date"/>. All or nothing: one bad line and nothing is written, and every bad line is
/// reported with its number.
/// </summary>
public sealed record ImportTerritories(Guid CohortId, byte[] Content, DateOnly Date) : ICommand<ImportResultDto>;

internal sealed class ImportTerritoriesHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock)
    : MediatR.IRequestHandler<ImportTerritories, ImportResultDto>
{
    public async Task<ImportResultDto> Handle(ImportTerritories request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var (rows, known) = await TerritoryImportCheck.RefuseBadLinesAsync(db, request.CohortId, request.Content, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, reused = 0;
        foreach (var row in rows)
        {
            Territory territory;
            if (row.Profile.OfficialCode is { } code && known.TryGetValue(code, out var existing))
            {
                territory = existing;
                reused++;
            }
            else
            {
                territory = new Territory(row.Profile, now);
                db.Territories.Add(territory);
                created++;
            }
            db.Participations.Add(Participation.Solicit(request.CohortId, territory, request.Date, access.Actor, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResultDto(created + reused, created, reused);
    }
}
