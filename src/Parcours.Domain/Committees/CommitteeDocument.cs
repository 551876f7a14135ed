namespace Parcours.Domain.Committees;

public enum DocumentSource
{
    Uploaded = 1,
    /// <summary>Produced by Parcours (a progress report…), frozen as it was when attached.</summary>
    Generated = 2,
}

/// <summary>
/// A document of a meeting. Its bytes live in the document store, outside the web root, under
/// <see cref="StorageKey"/>; they never change once stored.
/// </summary>
public sealed class CommitteeDocument
{
    private CommitteeDocument() { }

    public CommitteeDocument(CommitteeMeeting meeting, string title, string fileName, string contentType, long size, string sha256,
        string storageKey, DocumentSource source, bool sharedWithCohort, string addedBy, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        MeetingId = meeting.Id;
        CommitteeId = meeting.CommitteeId;
        CohortId = meeting.CohortId;
        Title = title.Trim();
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        Source = source;
        SharedWithCohort = sharedWithCohort;
        AddedBy = addedBy;
        AddedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid CommitteeId { get; private set; }
    public Guid CohortId { get; private set; }
    public string Title { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public DocumentSource Source { get; private set; }
    /// <summary>Explicitly shared with the cohort's catalysts and coaches.</summary>
    public bool SharedWithCohort { get; private set; }
    public string AddedBy { get; private set; } = "";
    public DateTime AddedAtUtc { get; private set; }

    public void Share(bool withCohort) => SharedWithCohort = withCohort;
}
