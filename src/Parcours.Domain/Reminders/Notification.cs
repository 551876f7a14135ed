namespace Parcours.Domain.Reminders;

/// <summary>A message in a person's in-app inbox; one per reminder at most.</summary>
public sealed class Notification
{
    private Notification() { }

    public Notification(Guid personId, Guid? reminderId, ReminderKind kind, string subject, string text, string? link, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        ReminderId = reminderId;
        Kind = kind;
        Subject = subject;
        Text = text;
        Link = link;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? ReminderId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}

/// <summary>When a kind's e-mails leave: each at its moment, or gathered in one e-mail a day or a week, ahead of their moments.</summary>
public enum DigestFrequency
{
    Immediate = 0,
    Daily = 1,
    Weekly = 2,
}

/// <summary>How one person wants one kind of reminder: by e-mail (at once or in a digest), in the application, both or neither.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference() { }

    public NotificationPreference(Guid personId, ReminderKind kind, bool email, bool inApp)
    {
        PersonId = personId;
        Kind = kind;
        Email = email;
        InApp = inApp;
    }

    public Guid PersonId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public bool Email { get; private set; }
    public bool InApp { get; private set; }
    public DigestFrequency Digest { get; private set; }

    public void Set(bool email, bool inApp, DigestFrequency digest)
    {
        Email = email;
        InApp = inApp;
        Digest = digest;
    }
}
