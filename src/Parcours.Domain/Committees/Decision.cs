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
    public List<DecisionStatusChange> History { get; private set; } = [];

    public bool IsOpen => Status is DecisionStatus.Open or DecisionStatus.InProgress;

    public void Move(DecisionStatus status, string? comment, string changedBy, DateTime nowUtc)
    {
        if (status == Status)
        {
            return;
        }
        History.Add(new DecisionStatusChange(Status, status, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), changedBy, nowUtc));
        Status = status;
    }
}
