using Parcours.Domain.Common;

namespace Parcours.Domain.FollowUps;

public enum FollowUpKind
{
    EntretienTelephonique = 1,
    Visioconference = 2,
    Rencontre = 3,
    VisiteTerrain = 4,
    BilateraleLancement = 5,
    Autre = 99,
}

/// <summary>Who may read an entry besides coordinators and the territory's coaches.</summary>
public enum FollowUpVisibility
{
    /// <summary>Coordinators and the territory's coaches only.</summary>
    Internal = 1,
    /// <summary>Also the territory's binôme.</summary>
    SharedWithPair = 2,
}

/// <summary>What an entry said before an edit, with who changed it and when.</summary>
public sealed record FollowUpRevision(int Version, string Notes, FollowUpVisibility Visibility, IReadOnlyList<string> NextSteps, string ChangedBy, DateTime ChangedAtUtc);

public sealed record FollowUpContent(
    DateOnly Date, FollowUpKind Kind, int? DurationMinutes, IReadOnlyList<string> Participants, string Notes,
    FollowUpVisibility Visibility, IReadOnlyList<NextStepDraft> NextSteps);

/// <summary>A next step; <paramref name="OwnerPersonId"/>, when the owner is a known person, lets them be reminded.</summary>
public sealed record NextStepDraft(string Title, string Owner, DateOnly DueDate, Guid? OwnerPersonId = null);

/// <summary>
/// One contact of the individual follow-up of a territory: a call, a meeting, a visit, the launch
/// meeting. Its notes are confidential (see <see cref="Visibility"/>); an edit keeps the previous
/// text in <see cref="Revisions"/>.
/// </summary>
public sealed class FollowUpEntry : AggregateRoot
{
    public const int NotesMax = 20_000;
    private readonly List<NextStep> _nextSteps = [];

    private FollowUpEntry() { }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public DateOnly Date { get; private set; }
    public FollowUpKind Kind { get; private set; }
    public int? DurationMinutes { get; private set; }
    private List<string> _participants = [];
    public IReadOnlyList<string> Participants => _participants;
    public string Notes { get; private set; } = "";
    /// <summary>The notes folded (lower case, no accents): what a search compares, the same on every database.</summary>
    public string NotesSearch { get; private set; } = "";
    public FollowUpVisibility Visibility { get; private set; }
    public string Author { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    /// <summary>Grows with each edit; a write must say which version it started from.</summary>
    public int Version { get; private set; }
    public Guid? FieldVisitId { get; private set; }
    public IReadOnlyList<NextStep> NextSteps => _nextSteps;
    private List<FollowUpRevision> _revisions = [];
    public IReadOnlyList<FollowUpRevision> Revisions => _revisions;
    public static FollowUpEntry Record(Guid cohortId, Guid territoryId, FollowUpContent content, string author, DateTime nowUtc)
    {
        var entry = new FollowUpEntry
        {
            Id = Guid.CreateVersion7(), CohortId = cohortId, TerritoryId = territoryId, Author = author, CreatedAtUtc = nowUtc, Version = 1,
        };
        entry.Apply(content, nowUtc);
        return entry;
    }

    public void Edit(int expectedVersion, FollowUpContent content, string changedBy, DateTime nowUtc)
    {
        Rule.Check(expectedVersion != Version, "follow-up-stale",
            $"Cette note a été modifiée entre-temps (version {Version}, vous êtes partie de la version {expectedVersion}) : rechargez-la avant d'enregistrer.");
        _revisions.Add(new FollowUpRevision(Version, Notes, Visibility, [.. _nextSteps.Select(s => $"{s.Title} — {s.Owner} — {s.DueDate:dd/MM/yyyy}")], changedBy, nowUtc));
        Version++;
        Apply(content, nowUtc);
    }

    public void LinkVisit(Guid visitId) => FieldVisitId = visitId;

    public NextStep Step(Guid stepId) =>
        _nextSteps.SingleOrDefault(s => s.Id == stepId) ?? throw new DomainRuleException("next-step-unknown", "Cette prochaine étape n'appartient pas à la note.");

    public void CompleteStep(Guid stepId, DateTime nowUtc)
    {
        Step(stepId).Complete(nowUtc);
        Raise(new NextStepDone(CohortId, Id, stepId));
    }

    private void Apply(FollowUpContent content, DateTime nowUtc)
    {
        Rule.Check(content.NextSteps.Any(s => s.DueDate < content.Date), "next-step-before-entry",
            "Une prochaine étape ne peut pas être due avant la date de l'échange.");
        Date = content.Date;
        Kind = content.Kind;
        DurationMinutes = content.DurationMinutes;
        _participants = [.. content.Participants.Select(p => p.Trim()).Where(p => p.Length > 0)];
        Notes = content.Notes;
        NotesSearch = Searchable.Fold(content.Notes);
        Visibility = content.Visibility;
        UpdatedAtUtc = nowUtc;
        // Next steps already done are kept; the open ones are replaced by what the author wrote.
        _nextSteps.RemoveAll(s => s.DoneAtUtc is null);
        _nextSteps.AddRange(content.NextSteps.Select(s => new NextStep(Id, CohortId, TerritoryId, s.Title.Trim(), s.Owner.Trim(), s.DueDate, s.OwnerPersonId)));
        Raise(new NextStepsPlanned(CohortId, Id));
    }
}

public sealed class NextStep
{
    private NextStep() { }

    internal NextStep(Guid entryId, Guid cohortId, Guid territoryId, string title, string owner, DateOnly dueDate, Guid? ownerPersonId)
    {
        OwnerPersonId = ownerPersonId;
        Id = Guid.CreateVersion7();
        EntryId = entryId;
        CohortId = cohortId;
        TerritoryId = territoryId;
        Title = title;
        Owner = owner;
        DueDate = dueDate;
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public string Title { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public Guid? OwnerPersonId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTime? DoneAtUtc { get; private set; }

    internal void Complete(DateTime nowUtc)
    {
        Rule.Check(DoneAtUtc is not null, "next-step-done", "Cette prochaine étape est déjà faite.");
        DoneAtUtc = nowUtc;
    }
}
