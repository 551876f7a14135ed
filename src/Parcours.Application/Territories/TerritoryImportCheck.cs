using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Csv;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.Territories;

namespace Parcours.Application.Territories;

/// <summary>
/// What an import of territories would do, line by line, before anything is written: the import
/// refuses the file on any bad line, the preview shows them all with their numbers.
/// </summary>
internal static class TerritoryImportCheck
{
    public const int MaxRows = 5_000;

    internal sealed record Checked(
        IReadOnlyList<TerritoryCsv.Row> Rows, SortedDictionary<int, List<string>> Errors, IReadOnlyDictionary<string, Territory> Known);

    public static async Task<Checked> CheckAsync(IParcoursDbContext db, Guid cohortId, byte[] content, CancellationToken ct)
    {
        var rows = TerritoryCsv.Parse(content);

        var errors = new SortedDictionary<int, List<string>>(rows.Errors.ToDictionary(e => e.Key, e => e.Value));
        void Fail(int line, string message) => (errors.TryGetValue(line, out var list) ? list : errors[line] = []).Add(message);

        var codes = rows.Rows.Where(r => r.Profile.OfficialCode is not null).Select(r => r.Profile.OfficialCode!).Distinct().ToList();
        var known = await db.Territories.Where(t => t.OfficialCode != null && codes.Contains(t.OfficialCode))
            .ToDictionaryAsync(t => t.OfficialCode!, ct);
        var alreadyInvited = (await db.Participations.Where(p => p.CohortId == cohortId)
            .Select(p => p.TerritoryId).ToListAsync(ct)).ToHashSet();

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
        return new Checked(rows.Rows, errors, known);
    }

    /// <summary>The rows to import and the territories already known by their code; any bad line refuses the whole file.</summary>
    public static async Task<(IReadOnlyList<TerritoryCsv.Row> Rows, IReadOnlyDictionary<string, Territory> Known)> RefuseBadLinesAsync(
        IParcoursDbContext db, Guid cohortId, byte[] content, CancellationToken ct)
    {
        var (rows, errors, known) = await CheckAsync(db, cohortId, content, ct);
        if (rows.Count == 0 && errors.Count == 0)
        {
            throw RequestValidationException.For("fichier", "Le fichier ne contient aucun territoire.");
        }
        if (rows.Count > MaxRows)
        {
            throw RequestValidationException.For("fichier", $"Le fichier dépasse {MaxRows} lignes : découpez-le.");
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.ToDictionary(e => $"ligne {e.Key}", e => e.Value.ToArray()));
        }

        return (rows, known);
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
