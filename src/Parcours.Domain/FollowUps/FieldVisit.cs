namespace Parcours.Domain.FollowUps;

/// <summary>Someone who took part in a visit; from another territory when it is a peer visit.</summary>
public sealed record Visitor(string Name, Guid? TerritoryId = null);

/// <summary>A visit to a host territory: who came, why, and what they learned.</summary>
public sealed class FieldVisit
{
    private FieldVisit() { }

    public FieldVisit(Guid cohortId, Guid hostTerritoryId, DateOnly date, IReadOnlyList<Visitor> visitors, string purpose, string? learnings, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        CohortId = cohortId;
        HostTerritoryId = hostTerritoryId;
        CreatedAtUtc = nowUtc;
        Update(date, visitors, purpose, learnings, null);
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid HostTerritoryId { get; private set; }
    public DateOnly Date { get; private set; }
    private List<Visitor> _visitors = [];
    public IReadOnlyList<Visitor> Visitors => _visitors;
    public string Purpose { get; private set; } = "";
    public string? Learnings { get; private set; }
    public Guid? FollowUpEntryId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public void Update(DateOnly date, IReadOnlyList<Visitor> visitors, string purpose, string? learnings, Guid? followUpEntryId)
    {
        Date = date;
        _visitors = [.. visitors];
        Purpose = purpose.Trim();
        Learnings = string.IsNullOrWhiteSpace(learnings) ? null : learnings.Trim();
        FollowUpEntryId = followUpEntryId ?? FollowUpEntryId;
    }
}
