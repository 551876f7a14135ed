using Parcours.Application.Audit;

namespace Parcours.Web.Infrastructure;

/// <summary>How a line of the audit trail reads in French: the fields it names, and the values it keeps.</summary>
public static class AuditText
{
    public static string Field(string field) => field switch
    {
        "Visibility" => "visibilité",
        "Status" => "statut",
        "Role" => "rôle",
        "Notes" => "texte",
        "Kind" => "type",
        "Date" or "StatusDate" => "date",
        "Version" => "version",
        "PersonId" => "personne",
        "SessionId" => "séance",
        "Outcome" => "décision de relecture",
        "SharedWithCohort" => "partagé avec la promotion",
        "LockoutEnd" => "verrouillage",
        "FirstName" => "prénom",
        "LastName" => "nom",
        "Email" => "e-mail",
        "PasswordHash" => "mot de passe",
        "UserId" => "compte lié",
        "FromDate" => "depuis",
        "UntilDate" => "jusqu'au",
        "DueDate" => "échéance",
        "DoneAtUtc" => "faite le",
        "Comment" => "commentaire",
        _ => field,
    };

    public static string Value(string? value) => value switch
    {
        null => "—",
        "Internal" => "interne",
        "SharedWithPair" => "partagée avec le binôme",
        "Present" => "présent",
        "Absent" => "absent",
        "Excused" => "excusé",
        "true" => "oui",
        "false" => "non",
        _ => value,
    };

    /// <summary>« visibilité : interne → partagée avec le binôme ; texte modifié ».</summary>
    public static string Changes(AuditLineDto line) =>
        line.Changes.Count == 0 ? "" : string.Join(" ; ", line.Changes.Select(c => !c.Kept
            ? $"{Field(c.Field)} modifié"
            : line.Action == AuditAction.Added ? $"{Field(c.Field)} : {Value(c.After)}"
            : line.Action == AuditAction.Deleted ? $"{Field(c.Field)} : {Value(c.Before)}"
            : $"{Field(c.Field)} : {Value(c.Before)} → {Value(c.After)}"));
}
