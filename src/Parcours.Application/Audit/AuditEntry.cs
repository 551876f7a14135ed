namespace Parcours.Application.Audit;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
    /// <summary>A confidential follow-up note shown to someone.</summary>
    Read,
}

/// <summary>
/// One line of the audit trail: who (account and person), when, through which use case, what happened to
/// which item, and for the fields the trail keeps, their value before and after. Written by the database
/// context in the same transaction as the change it describes, never changed nor deleted afterwards (the
/// database refuses it). It holds ids, never a name or an e-mail address, so that it survives a person's
/// erasure unchanged and shows their pseudonym.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string? accountId, Guid? personId, string useCase, AuditAction action,
        string entityType, string entityId, string? parentId, Guid? territoryId, Guid? cohortId, string? changes)
    {
        Id = Guid.CreateVersion7();
        AtUtc = atUtc;
        AccountId = accountId;
        PersonId = personId;
        UseCase = useCase;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        ParentId = parentId;
        TerritoryId = territoryId;
        CohortId = cohortId;
        Changes = changes;
    }

    public Guid Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>The account that acted; null for the application's own work (a scheduled job, an e-mail link).</summary>
    public string? AccountId { get; private set; }
    public Guid? PersonId { get; private set; }
    /// <summary>The use case's name (« RecordFollowUp »).</summary>
    public string UseCase { get; private set; } = "";
    public AuditAction Action { get; private set; }
    /// <summary>The kind of item (the entity's name: « FollowUpEntry », « Account », « AccountRole »).</summary>
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    /// <summary>The item this one belongs to (a roadmap for its version, an account for its role), to read an item's history whole.</summary>
    public string? ParentId { get; private set; }
    public Guid? TerritoryId { get; private set; }
    public Guid? CohortId { get; private set; }
    /// <summary>JSON: the changed fields, with before and after for those the trail keeps (see AuditCapture).</summary>
    public string? Changes { get; private set; }
}

/// <summary>A changed field: its values only where the trail keeps them (otherwise both null and <see cref="Kept"/> false).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After, bool Kept);
