namespace Parcours.Domain.Reminders;

/// <summary>
/// How many reminders of a cohort follow one rule and stand at one status. Kept by the database itself (triggers on the
/// reminders, in the same transaction as the change), so that the journal can give its counts by status without
/// counting a national cohort's 160,000 reminders at every page; the application only reads it.
/// </summary>
public sealed class ReminderTally
{
    private ReminderTally() { }

    public Guid CohortId { get; private set; }
    public ReminderRule Rule { get; private set; }
    public ReminderStatus Status { get; private set; }
    public int Count { get; private set; }
}
