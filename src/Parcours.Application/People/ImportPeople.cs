using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Application.Common.Csv;
using Parcours.Application.Common.Exceptions;
using Parcours.Domain.People;

namespace Parcours.Application.People;

public sealed record ImportedPersonDto(int Line, Guid Id, string Email, bool Created, bool HasAccount);

public sealed record ImportPeopleResultDto(int Imported, int Created, int Reused, IReadOnlyList<ImportedPersonDto> People);

/// <summary>
/// Imports people from a coordinator's spreadsheet, with the same rules as the territory import:
/// « ; » or « , », UTF-8 or Windows-1252 as Excel saves it, columns in any order and spelling, all or
/// nothing, every bad line named. A person whose e-mail is already known is reused, not doubled.
/// </summary>
public sealed record ImportPeople(byte[] Content) : ICommand<ImportPeopleResultDto>;

internal sealed class ImportPeopleHandler(IParcoursDbContext db, TimeProvider clock) : MediatR.IRequestHandler<ImportPeople, ImportPeopleResultDto>
{
    public const int MaxRows = 5_000;

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["prenom"] = "first", ["firstname"] = "first",
        ["nom"] = "last", ["nomdefamille"] = "last", ["lastname"] = "last",
        ["email"] = "email", ["mail"] = "email", ["courriel"] = "email", ["adresseemail"] = "email",
        ["organisation"] = "organisation", ["structure"] = "organisation", ["organisme"] = "organisation",
        ["fonction"] = "job", ["poste"] = "job", ["jobtitle"] = "job",
    };

    public async Task<ImportPeopleResultDto> Handle(ImportPeople request, CancellationToken cancellationToken)
    {
        var text = CsvText.DecodeSpreadsheet(request.Content);
        var records = CsvText.Parse(text, CsvText.DetectSeparator(text));
        if (records.Count <= 1) throw RequestValidationException.For("fichier", "Le fichier ne contient aucune personne.");
        if (records.Count - 1 > MaxRows) throw RequestValidationException.For("fichier", $"Le fichier dépasse {MaxRows} lignes : découpez-le.");

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records[0].Fields.Count; i++)
        {
            if (Columns.TryGetValue(FrenchLabels.Fold(records[0].Fields[i]), out var column)) index.TryAdd(column, i);
        }
        var missing = new[] { ("first", "prénom"), ("last", "nom"), ("email", "e-mail") }.Where(c => !index.ContainsKey(c.Item1))
            .Select(c => $"La colonne « {c.Item2} » est absente de l'en-tête.").ToArray();
        if (missing.Length > 0) throw new RequestValidationException(new Dictionary<string, string[]> { [$"ligne {records[0].Line}"] = missing });

        var errors = new SortedDictionary<int, List<string>>();
        void Fail(int line, string message) => (errors.TryGetValue(line, out var list) ? list : errors[line] = []).Add(message);
        var rows = new List<(int Line, string First, string Last, string Email, string? Organisation, string? Job)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records.Skip(1).Where(r => !r.Fields.All(string.IsNullOrWhiteSpace)))
        {
            string? Cell(string column) => index.TryGetValue(column, out var i) && i < record.Fields.Count && !string.IsNullOrWhiteSpace(record.Fields[i])
                ? record.Fields[i].Trim() : null;
            var (first, last, email) = (Cell("first"), Cell("last"), Cell("email"));
            if (first is null) Fail(record.Line, "Le prénom est obligatoire.");
            if (last is null) Fail(record.Line, "Le nom est obligatoire.");
            if (email is null) Fail(record.Line, "L'e-mail est obligatoire.");
            else if (!Validation.IsEmail(email)) Fail(record.Line, $"« {email} » n'est pas une adresse e-mail valide.");
            else if (seen.TryGetValue(email, out var firstLine)) Fail(record.Line, $"L'e-mail « {email} » figure déjà à la ligne {firstLine}.");
            else seen[email] = record.Line;
            foreach (var (value, label, max) in new[] { (first, "prénom", Validation.NameMax), (last, "nom", Validation.NameMax), (Cell("organisation"), "organisation", Validation.NameMax), (Cell("job"), "fonction", Validation.NameMax) })
            {
                if (value?.Length > max) Fail(record.Line, $"Le champ « {label} » dépasse {max} caractères.");
            }
            rows.Add((record.Line, first ?? "", last ?? "", email ?? "", Cell("organisation"), Cell("job")));
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.ToDictionary(e => $"ligne {e.Key}", e => e.Value.ToArray()));
        }

        var emails = rows.Select(r => r.Email.ToUpperInvariant()).ToList();
        var known = (await db.People.Where(p => emails.Contains(p.Email.ToUpper())).ToListAsync(cancellationToken))
            .GroupBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new List<ImportedPersonDto>();
        foreach (var row in rows)
        {
            if (known.TryGetValue(row.Email, out var existing))
            {
                result.Add(new ImportedPersonDto(row.Line, existing.Id, existing.Email, false, existing.UserId is not null));
                continue;
            }
            var person = new Person(row.First, row.Last, row.Email, row.Organisation, row.Job, now);
            db.People.Add(person);
            result.Add(new ImportedPersonDto(row.Line, person.Id, person.Email, true, false));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new ImportPeopleResultDto(result.Count, result.Count(r => r.Created), result.Count(r => !r.Created), result);
    }
}
