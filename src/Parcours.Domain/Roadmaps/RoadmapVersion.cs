using Parcours.Domain.Common;

namespace Parcours.Domain.Roadmaps;

public enum ReviewOutcome
{
    Pending = 1,
    ChangesRequested = 2,
    Validated = 3,
}

/// <summary>A submitted version, read-only: what the reviewers read and what committees receive once validated.</summary>
public sealed class RoadmapVersion
{
    private RoadmapVersion() { }

    internal RoadmapVersion(Roadmap roadmap, int number, string by, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        RoadmapId = roadmap.Id;
        CohortId = roadmap.CohortId;
        TerritoryId = roadmap.TerritoryId;
        Number = number;
        _sections = [.. roadmap.Sections];
        _actions = [.. roadmap.Actions];
        SubmittedBy = by;
        SubmittedAtUtc = nowUtc;
        Outcome = ReviewOutcome.Pending;
    }

    public Guid Id { get; private set; }
    public Guid RoadmapId { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid TerritoryId { get; private set; }
    public int Number { get; private set; }
    private List<RoadmapSection> _sections = [];
    public IReadOnlyList<RoadmapSection> Sections => _sections;
    private List<RoadmapAction> _actions = [];
    public IReadOnlyList<RoadmapAction> Actions => _actions;
    public string SubmittedBy { get; private set; } = "";
    public DateTime SubmittedAtUtc { get; private set; }
    public ReviewOutcome Outcome { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    /// <summary>The version presented at S4.</summary>
    public bool Pitched { get; private set; }

    internal void Decide(bool validated, string by, DateTime nowUtc)
    {
        Outcome = validated ? ReviewOutcome.Validated : ReviewOutcome.ChangesRequested;
        DecidedBy = by;
        DecidedAtUtc = nowUtc;
    }

    public void MarkPitched(bool pitched)
    {
        Rule.Check(pitched && Outcome != ReviewOutcome.Validated, "roadmap-pitch-not-validated", "Seule une version validée peut être marquée comme pitchée en S4.");
        Pitched = pitched;
    }
}

public enum CommentAuthorRole
{
    Coordinator = 1,
    Coach = 2,
    Pair = 3,
}

/// <summary>A reviewer's comment on a section, or the binôme's answer to one.</summary>
public sealed class RoadmapComment
{
    private RoadmapComment() { }

    public RoadmapComment(Roadmap roadmap, string sectionKey, int? versionNumber, CommentAuthorRole role, string author, string text, Guid? replyToId, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        RoadmapId = roadmap.Id;
        SectionKey = sectionKey;
        VersionNumber = versionNumber;
        Role = role;
        Author = author;
        Text = text.Trim();
        ReplyToId = replyToId;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid RoadmapId { get; private set; }
    public string SectionKey { get; private set; } = "";
    public int? VersionNumber { get; private set; }
    public CommentAuthorRole Role { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Guid? ReplyToId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
