using Parcours.Domain.Common;

namespace Parcours.Domain.Territories;

public enum ParticipationStatus
{
    /// <summary>Sollicité.</summary>
    Solicited = 1,
    /// <summary>A accepté.</summary>
    Accepted = 2,
    /// <summary>A refusé.</summary>
    Declined = 3,
    /// <summary>S'est retiré après avoir accepté.</summary>
    Withdrawn = 4,
}

/// <summary>
/// A territory's invitation to one cohort and what became of it. Every change is an event that is
/// kept; the current status is the last one.
/// </summary>
public sealed class Participation
{
    private readonly List<ParticipationEvent> _events = [];

    private Participation() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public ParticipationStatus Status { get; private set; }
    public DateOnly StatusDate { get; private set; }
    public string? StatusReason { get; private set; }
    public IReadOnlyList<ParticipationEvent> Events => _events;

    // A copy of the territory's name and profile facets: a cohort's list is sorted and filtered on
    // them, and reading them here spares a join over the whole cohort for every page.
    public string TerritoryName { get; private set; } = "";
    /// <summary>The name folded (lower case, no accents): what a search compares, the same on every database.</summary>
    public string TerritorySearch { get; private set; } = "";
    public TerritoryKind TerritoryKind { get; private set; }
    public FrenchRegion TerritoryRegion { get; private set; }
    public CarrierKind TerritoryCarrierKind { get; private set; }

    public static Participation Solicit(Guid cohortId, Territory territory, DateOnly date, string recordedBy, DateTime nowUtc)
    {
        var participation = new Participation { Id = Guid.CreateVersion7(), CohortId = cohortId, TerritoryId = territory.Id };
        participation.Describe(territory);
        participation.Record(ParticipationStatus.Solicited, date, null, recordedBy, nowUtc);
        return participation;
    }

    /// <summary>Takes the territory's current name and profile (after the profile changed).</summary>
    public void Describe(Territory territory)
    {
        TerritoryName = territory.Name;
        TerritorySearch = Searchable.Fold(territory.Name);
        TerritoryKind = territory.Kind;
        TerritoryRegion = territory.Region;
        TerritoryCarrierKind = territory.CarrierKind;
    }

    public void Accept(DateOnly date, string recordedBy, DateTime nowUtc)
    {
        Rule.Check(Status != ParticipationStatus.Solicited, "participation-not-solicited",
            $"Seul un territoire sollicité peut accepter ; celui-ci est « {Label(Status)} ».");
        Record(ParticipationStatus.Accepted, date, null, recordedBy, nowUtc);
    }

    public void Decline(DateOnly date, string reason, string recordedBy, DateTime nowUtc)
    {
        Rule.Check(Status != ParticipationStatus.Solicited, "participation-not-solicited",
            $"Seul un territoire sollicité peut refuser ; celui-ci est « {Label(Status)} ».");
        RequireReason(reason);
        Record(ParticipationStatus.Declined, date, reason, recordedBy, nowUtc);
    }

    public void Withdraw(DateOnly date, string reason, string recordedBy, DateTime nowUtc)
    {
        Rule.Check(Status != ParticipationStatus.Accepted, "participation-not-accepted",
            $"Seul un territoire participant peut se retirer ; celui-ci est « {Label(Status)} ».");
        RequireReason(reason);
        Record(ParticipationStatus.Withdrawn, date, reason, recordedBy, nowUtc);
    }

    private static void RequireReason(string reason) =>
        Rule.Check(string.IsNullOrWhiteSpace(reason), "participation-reason-required", "Le motif est obligatoire.");

    private void Record(ParticipationStatus status, DateOnly date, string? reason, string recordedBy, DateTime nowUtc)
    {
        Rule.Check(_events.Count > 0 && date < StatusDate, "participation-date-before-previous",
            $"La date ({date:dd/MM/yyyy}) précède celle du statut actuel ({StatusDate:dd/MM/yyyy}).");
        Status = status;
        StatusDate = date;
        StatusReason = reason?.Trim();
        _events.Add(new ParticipationEvent(Id, status, date, StatusReason, recordedBy, nowUtc));
    }

    public static string Label(ParticipationStatus status) => status switch
    {
        ParticipationStatus.Solicited => "sollicité",
        ParticipationStatus.Accepted => "a accepté",
        ParticipationStatus.Declined => "a refusé",
        ParticipationStatus.Withdrawn => "s'est retiré",
        _ => status.ToString(),
    };
}

public sealed class ParticipationEvent
{
    private ParticipationEvent() { }

    internal ParticipationEvent(Guid participationId, ParticipationStatus status, DateOnly date, string? reason, string recordedBy, DateTime recordedAtUtc)
    {
        Id = Guid.CreateVersion7();
        ParticipationId = participationId;
        Status = status;
        Date = date;
        Reason = reason;
        RecordedBy = recordedBy;
        RecordedAtUtc = recordedAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid ParticipationId { get; private set; }
    public ParticipationStatus Status { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Reason { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
}
