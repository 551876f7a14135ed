using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Accounts;
using Parcours.Application.Audit;
using Parcours.Application.Common;
using Parcours.Application.Common.Exceptions;

namespace Parcours.Application.Privacy;

/// <summary>
/// Everything Parcours holds about one person (RGPD, articles 15 and 20), as a ZIP of JSON files — one per
/// kind, readable by a machine — and a French summary. What others wrote is included where it is the
/// person's own doing (notes they wrote, comments, versions they submitted); lines written by people
/// carry the author's address, which is how the trail of the programme names its authors.
/// </summary>
internal static class PersonalData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Accents written as themselves: the files are for people to read too.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>At most this many lines of the audit trail about the person: the newest.</summary>
    private const int AuditLines = 10_000;

    public static async Task<FileContent> ExportAsync(IParcoursDbContext db, IAccountService accounts, Guid personId, DateTime nowUtc, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw NotFoundException.Person();
        var email = person.Email;
        var account = person.UserId is null ? null : await accounts.FindAsync(person.UserId, ct);

        var files = new List<(string Name, string Title, int Count, object Content)>();
        void Add(string name, string title, System.Collections.ICollection rows) => files.Add((name, title, rows.Count, rows));

        files.Add(("identite.json", "Identité et compte", 1, new
        {
            person.Id, Prenom = person.FirstName, Nom = person.LastName, Email = person.Email, person.Organisation, Fonction = person.JobTitle,
            CreeeLe = person.CreatedAtUtc, SupprimeeLe = person.ErasedAtUtc, AbonnementAgenda = person.CalendarTokenHash is not null,
            Compte = account is null ? null : new { account.Id, account.Email, Roles = account.Roles, Verrouille = account.LockedOut },
        }));

        Add("binomes.json", "Binômes (avec leur historique)", await (
            from m in db.PairMembers.AsNoTracking()
            where m.PersonId == personId
            join pair in db.Pairs.AsNoTracking() on m.PairId equals pair.Id
            join t in db.Territories.AsNoTracking() on pair.TerritoryId equals t.Id
            join c in db.Cohorts.AsNoTracking() on pair.CohortId equals c.Id
            orderby m.FromDate
            select new { Binome = pair.Id, Territoire = t.Name, Promotion = c.Title, Depuis = m.FromDate, Jusqua = m.UntilDate }).ToListAsync(ct));

        Add("presences.json", "Présences aux séances collectives", await (
            from a in db.Attendances.AsNoTracking()
            where a.PersonId == personId
            join s in db.Sessions.AsNoTracking() on a.SessionId equals s.Id
            orderby s.Number
            select new { Seance = "S" + s.Number, s.Title, Debut = s.StartsAtUtc, Statut = a.Status.ToString(), Commentaire = a.Comment, EnregistreeLe = a.RecordedAtUtc })
            .ToListAsync(ct));

        Add("votes.json", "Votes du thème de la séance S3", await db.TopicVotes.AsNoTracking()
            .SelectMany(v => v.Ballots).Where(b => b.PersonId == personId)
            .Select(b => new { Vote = b.VoteId, Option = b.OptionId, VoteLe = b.CastAtUtc })
            .ToListAsync(ct));

        Add("accompagnements.json", "Territoires accompagnés", await (
            from a in db.CoachAssignments.AsNoTracking()
            where a.CoachPersonId == personId
            join t in db.Territories.AsNoTracking() on a.TerritoryId equals t.Id
            select new { Territoire = t.Name, Depuis = a.FromDate, Jusqua = a.UntilDate }).ToListAsync(ct));

        Add("notes-de-suivi.json", "Notes de suivi écrites par la personne", await db.FollowUpEntries.AsNoTracking()
            .Where(e => e.Author == email).OrderBy(e => e.Date)
            .Select(e => new { e.Id, e.Date, Type = e.Kind.ToString(), Visibilite = e.Visibility.ToString(), e.Notes, CreeeLe = e.CreatedAtUtc })
            .ToListAsync(ct));

        Add("prochaines-etapes.json", "Prochaines étapes confiées à la personne", await db.NextSteps.AsNoTracking()
            .Where(s => s.OwnerPersonId == personId).OrderBy(s => s.DueDate)
            .Select(s => new { s.Title, Echeance = s.DueDate, FaiteLe = s.DoneAtUtc }).ToListAsync(ct));

        Add("feuilles-de-route.json", "Contributions aux feuilles de route", (await db.RoadmapVersions.AsNoTracking()
            .Where(v => v.SubmittedBy == email || v.DecidedBy == email)
            .Select(v => new { Type = "version", v.RoadmapId, Numero = (int?)v.Number, Texte = (string?)null, Le = v.SubmittedAtUtc }).ToListAsync(ct))
            .Concat(await db.RoadmapComments.AsNoTracking().Where(c => c.Author == email)
                .Select(c => new { Type = "commentaire", c.RoadmapId, Numero = c.VersionNumber, Texte = (string?)c.Text, Le = c.CreatedAtUtc }).ToListAsync(ct))
            .OrderBy(x => x.Le).ToList());

        Add("comites.json", "Sièges dans les comités", await (
            from s in db.CommitteeSeats.AsNoTracking()
            where s.PersonId == personId
            join c in db.Committees.AsNoTracking() on s.CommitteeId equals c.Id
            select new { Comite = c.Name, s.Organisation, Depuis = s.JoinedOn, Jusqua = s.LeftOn }).ToListAsync(ct));

        Add("messages.json", "Messages reçus dans Parcours", await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == personId).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new { Objet = n.Subject, n.Text, RecuLe = n.CreatedAtUtc, LuLe = n.ReadAtUtc }).ToListAsync(ct));

        Add("preferences.json", "Préférences de rappel", await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .Select(p => new { Type = p.Kind.ToString(), p.Email, DansParcours = p.InApp, Recapitulatif = p.Digest.ToString() }).ToListAsync(ct));

        var id = personId.ToString();
        var trail = db.AuditTrail.Where(a => a.PersonId == personId || a.EntityId == id);
        if (person.UserId is { } userId) trail = db.AuditTrail.Where(a => a.PersonId == personId || a.EntityId == id || a.AccountId == userId || a.ParentId == userId);
        Add("journal.json", "Lignes du journal d'audit : ce que la personne a fait, et ce qui a été fait sur sa fiche ou son compte", await trail
            .OrderByDescending(a => a.AtUtc).Take(AuditLines)
            .Select(a => new { Le = a.AtUtc, CasDUsage = a.UseCase, Action = a.Action.ToString(), Element = a.EntityType, a.EntityId, Modifications = a.Changes })
            .ToListAsync(ct));

        var summary = new StringBuilder()
            .AppendLine("Parcours — données personnelles")
            .AppendLine()
            .AppendLine($"Personne : {person.FullName} ({person.Email})")
            .AppendLine($"Export du {FrenchTime.LongMoment(nowUtc)} (heure de Paris).")
            .AppendLine()
            .AppendLine("Ce dossier contient tout ce que Parcours conserve sur cette personne, au titre du droit d'accès et du droit à la portabilité")
            .AppendLine("(RGPD, articles 15 et 20). Chaque fichier JSON se lit avec un éditeur de texte ou se charge dans un autre outil.")
            .AppendLine()
            .AppendLine("Contenu :");
        foreach (var (name, title, count, _) in files)
        {
            summary.AppendLine($"- {name} : {title} — {count} élément{(count > 1 ? "s" : "")}");
        }
        summary.AppendLine()
            .AppendLine("Les notes de suivi confidentielles écrites par d'autres sur un territoire ne figurent pas ici : elles concernent le territoire,")
            .AppendLine("pas la personne. Pour toute question, ou pour demander la rectification ou l'effacement de ces données, adressez-vous")
            .AppendLine("à l'équipe de coordination du programme.");

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "LISEZ-MOI.txt", Encoding.UTF8.GetBytes(summary.ToString()));
            foreach (var (name, _, _, content) in files)
            {
                Write(zip, name, JsonSerializer.SerializeToUtf8Bytes(content, Json));
            }
        }
        var slug = new string(person.FullName.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()).ToLowerInvariant();
        return new FileContent($"donnees-personnelles-{(slug.Length == 0 ? "personne" : slug)}.zip", buffer.ToArray());
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
