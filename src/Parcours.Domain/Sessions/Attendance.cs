namespace Parcours.Domain.Sessions;

public enum AttendanceStatus
{
    Present = 1,
    /// <summary>Excusé.</summary>
    Excused = 2,
    Absent = 3,
}

/// <summary>Whether one person attended one session, recorded by a coordinator or sent as an apology.</summary>
public sealed class Attendance : Common.AggregateRoot
{
    private Attendance() { }

    public Attendance(Guid sessionId, Guid cohortId, Guid personId)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        CohortId = cohortId;
        PersonId = personId;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid PersonId { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public string? Comment { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    public void Record(AttendanceStatus status, string? comment, string recordedBy, DateTime nowUtc)
    {
        Status = status;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RecordedBy = recordedBy;
        RecordedAtUtc = nowUtc;
        Raise(new AttendanceRecorded(CohortId, SessionId));
    }
}
