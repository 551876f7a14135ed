namespace Parcours.Domain.Reminders;

/// <summary>What a reminder is about; each rule belongs to one kind a person can unsubscribe from.</summary>
public enum ReminderRule
{
    /// <summary>A collective session, the first reminder (J-7 by default).</summary>
    SessionEarly = 1,
    /// <summary>A collective session, the last reminder (J-1 by default).</summary>
    SessionEve = 2,
    /// <summary>The roadmap deadline is near (J-7 by default).</summary>
    RoadmapDeadlineNear = 3,
    /// <summary>The roadmap deadline has passed without a submitted roadmap (the day after by default).</summary>
    RoadmapDeadlineMissed = 4,
    /// <summary>A follow-up next step falls due (tomorrow by default).</summary>
    NextStepDue = 5,
    /// <summary>A committee meeting is near (J-10 by default).</summary>
    CommitteeMeeting = 6,
    /// <summary>A catalyst missed two sessions in a row: the coordinators hear of it.</summary>
    TwoAbsences = 7,
}

/// <summary>The kinds a person chooses to receive, by e-mail and/or in the application.</summary>
public enum ReminderKind
{
    Sessions = 1,
    Roadmaps = 2,
    NextSteps = 3,
    Committees = 4,
    Absences = 5,
}

public enum ReminderStatus
{
    Scheduled = 1,
    /// <summary>Claimed by one instance, being delivered.</summary>
    Sending = 2,
    Sent = 3,
    Failed = 4,
    /// <summary>Its moment passed before it could go, or it no longer had an object.</summary>
    Skipped = 5,
    /// <summary>Its item changed or went away (session moved or cancelled, member left).</summary>
    Cancelled = 6,
    /// <summary>
    /// Handed to the mail server when the application stopped, with no answer: it may or may not have
    /// left. Listed for a coordinator to check and resend; never resent blindly.
    /// </summary>
    Uncertain = 7,
}

/// <summary>
/// One message due to one person about one item at one moment. The key (rule, item, recipient, due
/// time) is unique in the database: that, with the claim of <see cref="ReminderStatus.Sending"/>,
/// is what makes a reminder go out at most once.
/// </summary>
public sealed class Reminder
{
    public const int MaxAttempts = 5;

    private Reminder() { }

    public Reminder(ReminderRule rule, Guid cohortId, Guid itemId, Guid recipientPersonId, DateTime dueAtUtc, DateTime expiresAtUtc, DateTime nowUtc)
    {
        if (expiresAtUtc <= dueAtUtc) throw new ArgumentException("A reminder expires after it falls due.", nameof(expiresAtUtc));
        Id = Guid.CreateVersion7();
        Rule = rule;
        CohortId = cohortId;
        ItemId = itemId;
        RecipientPersonId = recipientPersonId;
        DueAtUtc = dueAtUtc;
        ExpiresAtUtc = expiresAtUtc;
        NextAttemptAtUtc = dueAtUtc;
        Status = ReminderStatus.Scheduled;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public ReminderRule Rule { get; private set; }
    /// <summary>Derived from the rule, not stored.</summary>
    public ReminderKind Kind => KindOf(Rule);
    public Guid CohortId { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid RecipientPersonId { get; private set; }
    public DateTime DueAtUtc { get; private set; }
    /// <summary>After this moment the reminder has no sense any more (a J-1 after the session).</summary>
    public DateTime ExpiresAtUtc { get; private set; }
    public ReminderStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTime? ClaimedAtUtc { get; private set; }
    /// <summary>When the message was handed to the mail server in the current claim (written just before, on its own).</summary>
    public DateTime? HandedAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    /// <summary>How it went out: « e-mail », « application » or both.</summary>
    public string? Channels { get; private set; }
    public string? LastError { get; private set; }
    public int Resends { get; private set; }
    /// <summary>
    /// When it was listed in its recipient's digest e-mail, ahead of its moment; at its moment it then
    /// reaches the inbox only (the e-mail has been read already).
    /// </summary>
    public DateTime? DigestedAtUtc { get; private set; }
    /// <summary>The digest run that listed it: two runs at the same instant still claim apart.</summary>
    public Guid? DigestToken { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public static IReadOnlyList<ReminderRule> RulesOf(ReminderKind kind) => [.. Enum.GetValues<ReminderRule>().Where(r => KindOf(r) == kind)];

    public static ReminderKind KindOf(ReminderRule rule) => rule switch
    {
        ReminderRule.SessionEarly or ReminderRule.SessionEve => ReminderKind.Sessions,
        ReminderRule.RoadmapDeadlineNear or ReminderRule.RoadmapDeadlineMissed => ReminderKind.Roadmaps,
        ReminderRule.NextStepDue => ReminderKind.NextSteps,
        ReminderRule.CommitteeMeeting => ReminderKind.Committees,
        ReminderRule.TwoAbsences => ReminderKind.Absences,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>
    /// Which reminders a dispatch may claim at <paramref name="nowUtc"/>: the guard of <see cref="Claim"/>,
    /// as the WHERE clause of the dispatch's one-statement bulk claim (atomic across instances).
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Reminder, bool>> ClaimableAt(DateTime nowUtc) =>
        r => r.Status == ReminderStatus.Scheduled && r.NextAttemptAtUtc <= nowUtc;

    /// <summary>One reminder claimed for delivery under <paramref name="claimToken"/>: only a scheduled reminder whose attempt is due.</summary>
    public void Claim(Guid claimToken, DateTime nowUtc)
    {
        // The same guard as ClaimableAt, written for one object (compiling the expression at each call would cost far more).
        Common.Rule.Check(Status != ReminderStatus.Scheduled || NextAttemptAtUtc > nowUtc, "reminder-not-claimable",
            $"Ce rappel ne peut pas partir maintenant (statut {Status}, prochain essai le {NextAttemptAtUtc:dd/MM/yyyy HH:mm} UTC).");
        Status = ReminderStatus.Sending;
        ClaimToken = claimToken;
        ClaimedAtUtc = nowUtc;
        HandedAtUtc = null;
    }

    /// <summary>The item changed: a reminder not yet claimed is withdrawn. One already sent stays sent.</summary>
    public bool Cancel(DateTime nowUtc)
    {
        if (Status != ReminderStatus.Scheduled) return false;
        Status = ReminderStatus.Cancelled;
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <summary>The item came back to this moment (a session moved back): the withdrawn reminder is due again.</summary>
    public void Restore(DateTime expiresAtUtc, DateTime nowUtc)
    {
        if (Status != ReminderStatus.Cancelled) return;
        Status = ReminderStatus.Scheduled;
        ExpiresAtUtc = expiresAtUtc;
        NextAttemptAtUtc = DueAtUtc;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Delivered, by e-mail and/or in the application: only a claimed reminder is delivered.</summary>
    public void MarkSent(string channels, DateTime nowUtc)
    {
        EnsureSending("sent");
        Status = ReminderStatus.Sent;
        Channels = channels;
        SentAtUtc = nowUtc;
        LastError = null;
        ClaimToken = null;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Not sent, with the reason (its moment passed, its object went away, the person unsubscribed).</summary>
    public void Skip(string reason, DateTime nowUtc)
    {
        EnsureSending("skipped");
        Status = ReminderStatus.Skipped;
        LastError = reason;
        ClaimToken = null;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>
    /// A delivery failed. A temporary failure is tried again later (1, 2, 4, 8 minutes) while the
    /// reminder still has its object; a permanent one (address refused) or the last attempt fails it.
    /// </summary>
    public void FailAttempt(string error, bool permanent, DateTime nowUtc)
    {
        EnsureSending("failed");
        Attempts++;
        LastError = error;
        ClaimToken = null;
        UpdatedAtUtc = nowUtc;
        var retryAt = nowUtc.AddMinutes(Math.Pow(2, Attempts - 1));
        if (permanent || Attempts >= MaxAttempts || retryAt >= ExpiresAtUtc)
        {
            Status = ReminderStatus.Failed;
            return;
        }
        Status = ReminderStatus.Scheduled;
        NextAttemptAtUtc = retryAt;
    }

    /// <summary>A coordinator sends it again: a failed, skipped or sent reminder goes back to the queue, now.</summary>
    public void Resend(DateTime nowUtc)
    {
        Common.Rule.Check(Status is ReminderStatus.Scheduled or ReminderStatus.Sending or ReminderStatus.Cancelled, "reminder-not-resendable",
            Status == ReminderStatus.Cancelled
                ? "Ce rappel a été annulé (son objet a changé ou disparu) : il ne peut pas être renvoyé."
                : "Ce rappel n'est pas encore parti : il partira à son heure.");
        Status = ReminderStatus.Scheduled;
        Attempts = 0;
        Resends++;
        NextAttemptAtUtc = nowUtc;
        // A resend is a coordinator's explicit choice: it goes even if the moment has passed.
        if (ExpiresAtUtc <= nowUtc) ExpiresAtUtc = nowUtc.AddDays(1);
        UpdatedAtUtc = nowUtc;
    }

    // The dispatch decides a reminder's fate only under its claim; anything else is a bug, said loudly.
    private void EnsureSending(string outcome) => Common.Rule.Check(Status != ReminderStatus.Sending, "reminder-not-sending",
        $"Ce rappel n'est pas en cours d'envoi (statut {Status}) : il ne peut pas être marqué « {outcome} ».");
}
