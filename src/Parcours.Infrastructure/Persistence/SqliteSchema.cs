namespace Parcours.Infrastructure.Persistence;

/// <summary>
/// What the model cannot say on SQLite, written once for the migrations that need it: the participation and reminder
/// tallies kept by triggers, the append-only audit trail, and the anonymous questionnaire's WITHOUT ROWID tables. The
/// baseline (<c>migrations/Sqlite</c>) and the hand-written set it replaced (<c>migrations/Sqlite/Legacy</c>) both
/// run these statements, so a database made either way has the same schema (MigrationsTests compares them).
/// </summary>
internal static class SqliteSchema
{
    private const string Keys = "CohortId, Status, Region, Kind, CarrierKind";

    /// <summary>Fills the tallies from the participations already there (none in a new database).</summary>
    public const string FillTallies = $"""
        INSERT INTO ParticipationTallies ({Keys}, Count)
        SELECT CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind, COUNT(*) FROM Participations
        GROUP BY CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind;
        """;

    /// <summary>How many territories each cohort has at each status, region, kind and carrier, kept in the same transaction as the participation.</summary>
    public static readonly string[] TallyTriggers =
    [
        $"""
        CREATE TRIGGER Participations_Tally_Insert AFTER INSERT ON Participations
        BEGIN
            INSERT INTO ParticipationTallies ({Keys}, Count)
            VALUES (NEW.CohortId, NEW.Status, NEW.TerritoryRegion, NEW.TerritoryKind, NEW.TerritoryCarrierKind, 1)
            ON CONFLICT ({Keys}) DO UPDATE SET Count = Count + 1;
        END;
        """,
        $"""
        CREATE TRIGGER Participations_Tally_Update
        AFTER UPDATE OF CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind ON Participations
        WHEN OLD.CohortId <> NEW.CohortId OR OLD.Status <> NEW.Status OR OLD.TerritoryRegion <> NEW.TerritoryRegion
          OR OLD.TerritoryKind <> NEW.TerritoryKind OR OLD.TerritoryCarrierKind <> NEW.TerritoryCarrierKind
        BEGIN
            UPDATE ParticipationTallies SET Count = Count - 1
            WHERE CohortId = OLD.CohortId AND Status = OLD.Status AND Region = OLD.TerritoryRegion
              AND Kind = OLD.TerritoryKind AND CarrierKind = OLD.TerritoryCarrierKind;
            INSERT INTO ParticipationTallies ({Keys}, Count)
            VALUES (NEW.CohortId, NEW.Status, NEW.TerritoryRegion, NEW.TerritoryKind, NEW.TerritoryCarrierKind, 1)
            ON CONFLICT ({Keys}) DO UPDATE SET Count = Count + 1;
        END;
        """,
        """
        CREATE TRIGGER Participations_Tally_Delete AFTER DELETE ON Participations
        BEGIN
            UPDATE ParticipationTallies SET Count = Count - 1
            WHERE CohortId = OLD.CohortId AND Status = OLD.Status AND Region = OLD.TerritoryRegion
              AND Kind = OLD.TerritoryKind AND CarrierKind = OLD.TerritoryCarrierKind;
        END;
        """,
    ];

    /// <summary>Fills the reminders' tallies from the reminders already there.</summary>
    public const string FillReminderTallies = """
        INSERT INTO ReminderTallies (CohortId, Rule, Status, Count)
        SELECT CohortId, Rule, Status, COUNT(*) FROM Reminders GROUP BY CohortId, Rule, Status;
        """;

    /// <summary>
    /// How many reminders each cohort has by rule and status, kept in the same transaction as the reminder. A tally that
    /// falls to zero is removed: reminders change status all day, and the tallies hold what is, like a recount would.
    /// </summary>
    public static readonly string[] ReminderTallyTriggers =
    [
        """
        CREATE TRIGGER Reminders_Tally_Insert AFTER INSERT ON Reminders
        BEGIN
            INSERT INTO ReminderTallies (CohortId, Rule, Status, Count) VALUES (NEW.CohortId, NEW.Rule, NEW.Status, 1)
            ON CONFLICT (CohortId, Rule, Status) DO UPDATE SET Count = Count + 1;
        END;
        """,
        """
        CREATE TRIGGER Reminders_Tally_Update AFTER UPDATE OF CohortId, Rule, Status ON Reminders
        WHEN OLD.CohortId <> NEW.CohortId OR OLD.Rule <> NEW.Rule OR OLD.Status <> NEW.Status
        BEGIN
            UPDATE ReminderTallies SET Count = Count - 1 WHERE CohortId = OLD.CohortId AND Rule = OLD.Rule AND Status = OLD.Status;
            DELETE FROM ReminderTallies WHERE CohortId = OLD.CohortId AND Rule = OLD.Rule AND Status = OLD.Status AND Count = 0;
            INSERT INTO ReminderTallies (CohortId, Rule, Status, Count) VALUES (NEW.CohortId, NEW.Rule, NEW.Status, 1)
            ON CONFLICT (CohortId, Rule, Status) DO UPDATE SET Count = Count + 1;
        END;
        """,
        """
        CREATE TRIGGER Reminders_Tally_Delete AFTER DELETE ON Reminders
        BEGIN
            UPDATE ReminderTallies SET Count = Count - 1 WHERE CohortId = OLD.CohortId AND Rule = OLD.Rule AND Status = OLD.Status;
            DELETE FROM ReminderTallies WHERE CohortId = OLD.CohortId AND Rule = OLD.Rule AND Status = OLD.Status AND Count = 0;
        END;
        """,
    ];

    /// <summary>The tables a cohort's attendance figures are made of, each with the cohort of its rows.</summary>
    public static readonly string[] AttendanceSources = ["CollectiveSessions", "Attendances", "Pairs", "PairMembers", "Participations"];

    private static string Bump(string cohort) =>
        $"INSERT INTO AttendanceVersions (CohortId, Version) VALUES ({cohort}, 1) ON CONFLICT (CohortId) DO UPDATE SET Version = Version + 1;";

    /// <summary>
    /// Any row written, changed or removed in those tables changes its cohort's version, in the same transaction; a person
    /// renamed changes the versions of the cohorts where they sat in a binôme (their names are in the people's rates).
    /// </summary>
    public static readonly string[] AttendanceVersionTriggers =
    [
        .. AttendanceSources.SelectMany(table => new[]
        {
            $"CREATE TRIGGER {table}_AttendanceVersion_Insert AFTER INSERT ON {table} BEGIN {Bump("NEW.CohortId")} END;",
            $"CREATE TRIGGER {table}_AttendanceVersion_Update AFTER UPDATE ON {table} BEGIN {Bump("OLD.CohortId")} {Bump("NEW.CohortId")} END;",
            $"CREATE TRIGGER {table}_AttendanceVersion_Delete AFTER DELETE ON {table} BEGIN {Bump("OLD.CohortId")} END;",
        }),
        """
        CREATE TRIGGER People_AttendanceVersion_Update AFTER UPDATE OF FirstName, LastName, Email ON People
        WHEN OLD.FirstName IS NOT NEW.FirstName OR OLD.LastName IS NOT NEW.LastName OR OLD.Email IS NOT NEW.Email
        BEGIN
            INSERT INTO AttendanceVersions (CohortId, Version) SELECT DISTINCT CohortId, 1 FROM PairMembers WHERE PersonId = NEW.Id
            ON CONFLICT (CohortId) DO UPDATE SET Version = Version + 1;
        END;
        """,
    ];

    /// <summary>Removes the triggers above (the migration's way down).</summary>
    public static string DropAttendanceVersionTriggers =>
        string.Concat(AttendanceSources.Select(t =>
            $"DROP TRIGGER IF EXISTS {t}_AttendanceVersion_Insert; DROP TRIGGER IF EXISTS {t}_AttendanceVersion_Update; DROP TRIGGER IF EXISTS {t}_AttendanceVersion_Delete; "))
        + "DROP TRIGGER IF EXISTS People_AttendanceVersion_Update;";

    /// <summary>The audit trail is appended to, never changed nor deleted — by the application or by hand.</summary>
    public static readonly string[] AppendOnlyAudit =
    [
        """
        CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, 'Le journal d''audit ne se modifie pas.'); END;
        """,
        """
        CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, 'Le journal d''audit ne se supprime pas.'); END;
        """,
    ];

    /// <summary>
    /// A session's anonymous answers and the receipts that stop a second answer, as WITHOUT ROWID tables: SQLite then
    /// keeps rows in key order (a random id, a person's id), so that the n-th receipt cannot be matched with the
    /// n-th anonymous answer. EF cannot say WITHOUT ROWID: a later migration that rebuilds either table must write
    /// it again by hand.
    /// </summary>
    public const string SessionFeedbacksTable = """
        CREATE TABLE "SessionFeedbacks" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_SessionFeedbacks" PRIMARY KEY,
            "SessionId" TEXT NOT NULL,
            "CohortId" TEXT NOT NULL,
            "PersonId" TEXT NULL,
            "ContentScore" INTEGER NOT NULL,
            "WorkshopScore" INTEGER NOT NULL,
            "GuestScore" INTEGER NOT NULL,
            "TakeAway" TEXT NULL,
            "Missing" TEXT NULL
        ) WITHOUT ROWID;
        """;

    /// <inheritdoc cref="SessionFeedbacksTable"/>
    public const string FeedbackReceiptsTable = """
        CREATE TABLE "FeedbackReceipts" (
            "SessionId" TEXT NOT NULL,
            "PersonId" TEXT NOT NULL,
            CONSTRAINT "PK_FeedbackReceipts" PRIMARY KEY ("SessionId", "PersonId")
        ) WITHOUT ROWID;
        """;
}
