using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Parcours.Application.Audit;
using Parcours.Domain.Territories;
using Parcours.Infrastructure.Identity;

namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// Turns what a save is about to write into audit lines. Values are copied only for the fields listed
/// here — states, roles, confidentiality, attendance, decisions' status, settings, dates and ids: what a
/// question about « who changed this » is about. Every other changed field is named without its values:
/// no free text (names, e-mail addresses, notes, decisions, titles) enters the trail, which is read by
/// administrators who may not read confidential notes and which a person's erasure leaves untouched
/// (it is append-only, so it must not hold what erasure removes).
/// </summary>
internal static class AuditCapture
{
    private static readonly Dictionary<Type, string[]> KeptFields = new()
    {
        [typeof(ParcoursUser)] = [nameof(ParcoursUser.LockoutEnd), nameof(ParcoursUser.LockoutEnabled), nameof(ParcoursUser.EmailConfirmed)],
        [typeof(Domain.People.Person)] = [nameof(Domain.People.Person.UserId)],
        [typeof(Domain.FollowUps.FollowUpEntry)] = ["Visibility", "Kind", "Date", "Version", "FieldVisitId"],
        [typeof(Domain.FollowUps.NextStep)] = ["DueDate", "DoneAtUtc", "OwnerPersonId"],
        [typeof(Domain.FollowUps.CoachAssignment)] = ["CoachPersonId", "FromDate", "UntilDate"],
        [typeof(Domain.Sessions.Attendance)] = ["Status", "PersonId", "SessionId"],
        [typeof(Domain.Roadmaps.Roadmap)] = ["Status", "Version", "SubmittedVersions"],
        [typeof(Domain.Roadmaps.RoadmapVersion)] = ["Number", "Outcome", "Pitched"],
        [typeof(Domain.Committees.Decision)] = ["Kind", "Status", "DueDate", "MeetingId"],
        [typeof(Domain.Committees.CommitteeDocument)] = ["Size", "Source", "SharedWithCohort"],
        [typeof(Domain.Committees.CommitteeSeat)] = ["PersonId", "Organisation", "JoinedOn", "LeftOn"],
        [typeof(Domain.Pairs.PairMember)] = ["PersonId", "FromDate", "UntilDate"],
        [typeof(Participation)] = ["Status", "StatusDate"],
        [typeof(ParticipationEvent)] = ["Status", "Date"],
        [typeof(Domain.Reminders.ReminderSettings)] = ["SessionEarlyDays", "SessionEveDays", "RoadmapDeadline", "RoadmapNearDays",
            "RoadmapMissedDays", "NextStepDays", "CommitteeMeetingDays", "TwoAbsencesAlert"],
        [typeof(Domain.Reminders.NotificationPreference)] = ["Kind", "Email", "InApp", "Digest"],
        [typeof(Domain.Evaluation.MaturityAssessment)] = ["Moment", "Stage"],
        [typeof(Domain.Resources.Resource)] = ["Visibility", "Kind", "SessionId", "Format"],
    };

    // What is not a person's act on the programme's data: the trail itself, counters the database keeps,
    // sign-in bookkeeping. And a session's answers: a line naming who added which answer would undo the
    // anonymity its author chose (the receipt, which says only « answered », is traced).
    private static readonly HashSet<Type> Ignored = [typeof(AuditEntry), typeof(ParticipationTally), typeof(RevokedCredential), typeof(LoginFailure), typeof(Domain.Sessions.SessionFeedback)];

    // The property that names the item an entity belongs to, most specific first.
    private static readonly string[] ParentProperties = ["RoadmapId", "EntryId", "ParticipationId", "PairId", "MeetingId", "SessionId", "CommitteeId", "UserId"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<List<AuditEntry>> LinesAsync(DbContext db, DateTime nowUtc, string useCase, string? accountId, Guid? personId, CancellationToken ct)
    {
        var lines = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || Ignored.Contains(entry.Metadata.ClrType))
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var changes = await ChangesAsync(db, entry, ct);
            if (action == AuditAction.Modified && changes.Count == 0) continue;
            lines.Add(new AuditEntry(nowUtc, accountId, personId, useCase, action, TypeName(entry.Metadata.ClrType), Key(entry), Parent(entry),
                GuidOf(entry, "TerritoryId"), GuidOf(entry, "CohortId"), changes.Count == 0 ? null : JsonSerializer.Serialize(changes, Json)));
        }
        return lines;
    }

    /// <summary>The names the trail gives kinds of items (stable: the history pages translate them).</summary>
    public static string TypeName(Type type) =>
        type == typeof(ParcoursUser) ? "Account"
        : type == typeof(IdentityUserRole<string>) ? "AccountRole"
        : type.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true ? "AccountCredential"
        : type.Name;

    private static async Task<List<AuditFieldChange>> ChangesAsync(DbContext db, EntityEntry entry, CancellationToken ct)
    {
        if (entry.Entity is IdentityUserRole<string> role)
        {
            // A role is kept by name: the trail must read « Coordinator », not an opaque id.
            var name = (await db.Set<IdentityRole>().FindAsync([role.RoleId], ct))?.Name ?? role.RoleId;
            return [entry.State == EntityState.Deleted ? new("Role", name, null, true) : new("Role", null, name, true)];
        }
        var kept = KeptFields.GetValueOrDefault(entry.Metadata.ClrType) ?? [];
        var changes = new List<AuditFieldChange>();
        foreach (var property in entry.Properties)
        {
            // The concurrency stamp changes with every save of an account: noise, not a change anyone made.
            if (property.Metadata.IsPrimaryKey() || property.Metadata.Name == nameof(IdentityUser.ConcurrencyStamp)) continue;
            var keep = kept.Contains(property.Metadata.Name);
            switch (entry.State)
            {
                case EntityState.Added when keep && property.CurrentValue is not null:
                    changes.Add(new(property.Metadata.Name, null, Text(property.CurrentValue), true));
                    break;
                case EntityState.Deleted when keep:
                    changes.Add(new(property.Metadata.Name, Text(property.OriginalValue), null, true));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes.Add(keep
                        ? new(property.Metadata.Name, Text(property.OriginalValue), Text(property.CurrentValue), true)
                        : new(property.Metadata.Name, null, null, false));
                    break;
            }
        }
        return changes;
    }

    private static string Key(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue)));

    private static string? Parent(EntityEntry entry)
    {
        foreach (var name in ParentProperties)
        {
            // Not the item's own id; a part of a composite key (an account's role: its account) is a parent.
            if (entry.Metadata.FindProperty(name) is { } property && !(property.IsPrimaryKey() && entry.Metadata.FindPrimaryKey()!.Properties.Count == 1))
            {
                var value = entry.Property(name).CurrentValue ?? entry.Property(name).OriginalValue;
                if (value is not null) return Text(value);
            }
        }
        return null;
    }

    private static Guid? GuidOf(EntityEntry entry, string name) =>
        entry.Metadata.FindProperty(name) is { ClrType: var type } && (type == typeof(Guid) || type == typeof(Guid?))
            ? (Guid?)(entry.Property(name).CurrentValue ?? entry.Property(name).OriginalValue)
            : null;

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
