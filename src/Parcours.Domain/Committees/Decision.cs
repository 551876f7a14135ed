using Parcours.Domain.Common;

namespace Parcours.Domain.Committees;

public enum DecisionKind
{
    /// <summary>Relevé de décision.</summary>
    Decision = 1,
    Recommendation = 2,
}

public enum DecisionStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

public sealed record DecisionStatusChange(DecisionStatus From, DecisionStatus To, string? Comment, string ChangedBy, DateTime ChangedAtUtc);

/// <summary>What a committee decided or recommended at a meeting, followed from meeting to meeting.</summary>
public sealed class Decision
{
    private Decision() { }

    public Decision(CommitteeMeeting meeting, DecisionKind kind, string text, string? owner, DateOnly? dueDate, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        MeetingId = meeting.Id;
        CommitteeId = meeting.CommitteeId;
        CohortId = meeting.CohortId;
        Kind = kind;
        Text = text.Trim();
        Owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        DueDate = dueDate;
        Status = DecisionStatus.Open;
        RecordedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid CommitteeId { get; private set; }
    public Guid CohortId { get; private set; }
    public DecisionKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string? Owner { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DecisionStatus Status { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    private List<DecisionStatusChange> _history = [];
    public IReadOnlyList<DecisionStatusChange> History => _history;
    public bool IsOpen => Status is DecisionStatus.Open or DecisionStatus.InProgress;

    /// <summary>
    /// Follows the decision: open → in progress → done or dropped. A closed decision (done, dropped) is not
    /// moved from one ending to the other; it may be reopened, with a comment saying why.
    /// </summary>
    public void Move(DecisionStatus status, string? comment, string changedBy, DateTime nowUtc)
    {
        if (status == Status)
        {
            return;
        }
        var closed = !IsOpen;
        Rule.Check(closed && status is DecisionStatus.Done or DecisionStatus.Dropped, "decision-closed",
            "Cette décision est close : rouvrez-la (ouverte ou en cours) avant de la clore autrement.");
        Rule.Check(closed && string.IsNullOrWhiteSpace(comment), "decision-reopen-comment-required",
            "Rouvrir une décision close demande un commentaire qui dit pourquoi.");
        _history.Add(new DecisionStatusChange(Status, status, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), changedBy, nowUtc));
        Status = status;
    }
}
