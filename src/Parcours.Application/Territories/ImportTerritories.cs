using System.Text;
using Parcours.Application.Common.Csv;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Application.Common.Exceptions;
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
    public const int MaxRows = 5_000;

    public async Task<ImportResultDto> Handle(ImportTerritories request, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadCohortAsync(request.CohortId, cancellationToken);
        var rows = TerritoryCsv.Parse(request.Content);

        var errors = new SortedDictionary<int, List<string>>(rows.Errors.ToDictionary(e => e.Key, e => e.Value));
        void Fail(int line, string message) => (errors.TryGetValue(line, out var list) ? list : errors[line] = []).Add(message);

        var codes = rows.Rows.Where(r => r.Profile.OfficialCode is not null).Select(r => r.Profile.OfficialCode!).Distinct().ToList();
        var known = await db.Territories.Where(t => t.OfficialCode != null && codes.Contains(t.OfficialCode))
            .ToDictionaryAsync(t => t.OfficialCode!, cancellationToken);
        var alreadyInvited = (await db.Participations.Where(p => p.CohortId == request.CohortId)
            .Select(p => p.TerritoryId).ToListAsync(cancellationToken)).ToHashSet();

        var validator = new TerritoryProfileValidator();
        var seenCodes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Rows)
        {
            foreach (var failure in validator.Validate(row.Profile).Errors)
            {
                Fail(row.Line, failure.ErrorMessage);
            }
            if (row.Profile.OfficialCode is { } code)
            {
                if (seenCodes.TryGetValue(code, out var first)) Fail(row.Line, $"Le code officiel « {code} » figure déjà à la ligne {first}.");
                else seenCodes[code] = row.Line;
                if (known.TryGetValue(code, out var existing) && alreadyInvited.Contains(existing.Id))
                {
                    Fail(row.Line, $"« {existing.Name} » (code {code}) est déjà sollicité pour cette promotion.");
                }
            }
            var name = FrenchLabels.Fold(row.Profile.Name);
            if (name.Length > 0)
            {
                if (seenNames.TryGetValue(name, out var firstName)) Fail(row.Line, $"Le territoire « {row.Profile.Name.Trim()} » figure déjà à la ligne {firstName}.");
                else seenNames[name] = row.Line;
            }
        }
        if (rows.Rows.Count == 0 && errors.Count == 0)
        {
            throw RequestValidationException.For("fichier", "Le fichier ne contient aucun territoire.");
        }
        if (rows.Rows.Count > MaxRows)
        {
            throw RequestValidationException.For("fichier", $"Le fichier dépasse {MaxRows} lignes : découpez-le.");
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.ToDictionary(e => $"ligne {e.Key}", e => e.Value.ToArray()));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, reused = 0;
        foreach (var row in rows.Rows)
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

/// <summary>Reads the file coordinators keep in Excel or LibreOffice, whatever it was saved as.</summary>
internal static class TerritoryCsv
{
    internal sealed record Row(int Line, TerritoryProfile Profile);
    internal sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyDictionary<int, List<string>> Errors);

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["nom"] = "name", ["territoire"] = "name", ["name"] = "name",
        ["type"] = "kind", ["typedeterritoire"] = "kind", ["kind"] = "kind",
        ["region"] = "region",
        ["structure"] = "carrier", ["structureporteuse"] = "carrier", ["porteur"] = "carrier", ["carrierkind"] = "carrier",
        ["code"] = "code", ["codeofficiel"] = "code", ["codeinsee"] = "code", ["siren"] = "code",
        ["contact"] = "contact", ["nomducontact"] = "contact",
        ["email"] = "email", ["mail"] = "email", ["courriel"] = "email", ["emailducontact"] = "email",
        ["telephone"] = "phone", ["tel"] = "phone",
    };

    public static Result Parse(byte[] content)
    {
        var text = CsvText.DecodeSpreadsheet(content);
        var errors = new Dictionary<int, List<string>>();
        var rows = new List<Row>();
        var records = CsvText.Parse(text, CsvText.DetectSeparator(text));
        if (records.Count == 0)
        {
            return new Result(rows, errors);
        }
        var header = records[0].Fields;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (Columns.TryGetValue(FrenchLabels.Fold(header[i]), out var column))
            {
                index.TryAdd(column, i);
            }
        }
        var missing = new[] { ("name", "nom"), ("kind", "type"), ("region", "région"), ("carrier", "structure") }
            .Where(c => !index.ContainsKey(c.Item1))
            .Select(c => $"La colonne « {c.Item2} » est absente de l'en-tête.").ToList();
        if (missing.Count > 0)
        {
            errors[records[0].Line] = missing;
            return new Result(rows, errors);
        }

        foreach (var record in records.Skip(1))
        {
            string? Cell(string column) => index.TryGetValue(column, out var i) && i < record.Fields.Count && !string.IsNullOrWhiteSpace(record.Fields[i])
                ? record.Fields[i].Trim()
                : null;
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var problems = new List<string>();
            var kindText = Cell("kind") ?? "";
            var regionText = Cell("region") ?? "";
            var carrierText = Cell("carrier") ?? "";
            if (!FrenchLabels.TryParseKind(kindText, out var kind)) problems.Add($"Type de territoire inconnu : « {kindText} ».");
            if (!FrenchLabels.TryParseRegion(regionText, out var region)) problems.Add($"Région inconnue : « {regionText} ».");
            if (!FrenchLabels.TryParseCarrier(carrierText, out var carrier)) problems.Add($"Structure porteuse inconnue : « {carrierText} ».");
            if (problems.Count > 0)
            {
                errors[record.Line] = problems;
                continue;
            }
            rows.Add(new Row(record.Line, new TerritoryProfile(Cell("name") ?? "", kind, region, carrier,
                Cell("code"), Cell("contact"), Cell("email"), Cell("phone"))));
        }
        return new Result(rows, errors);
    }
}
