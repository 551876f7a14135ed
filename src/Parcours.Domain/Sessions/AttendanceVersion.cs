namespace Parcours.Domain.Sessions;

/// <summary>
/// A number the database changes, in the same transaction, whenever something a cohort's attendance figures are made
/// of changes: its sessions, sheets, binômes and their members, participations, or the names of its people (triggers
/// on those tables). A national cohort's figures take a quarter of a second to tally from 100,000 rows; a copy tallied
/// earlier is reused while this number has not changed — on every instance, since each reads it from the database.
/// The application only reads it.
/// </summary>
public sealed class AttendanceVersion
{
    private AttendanceVersion() { }

    public Guid CohortId { get; private set; }
    public long Version { get; private set; }
}
