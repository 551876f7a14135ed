namespace Parcours.Migrations.PostgreSql;

/// <summary>The PostgreSQL side of what the SQLite migrations write by hand (triggers), kept in one place for the migrations that need it.</summary>
internal static class PostgreSqlSchema
{
    private const string Keys = "\"CohortId\", \"Status\", \"Region\", \"Kind\", \"CarrierKind\"";

    /// <summary>How many territories each cohort has at each status, region, kind and carrier, kept in the same transaction as the participation.</summary>
    public const string TallyTriggers = $$"""
        CREATE FUNCTION parcours_tally_participation() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE "ParticipationTallies" SET "Count" = "Count" - 1
                WHERE "CohortId" = OLD."CohortId" AND "Status" = OLD."Status" AND "Region" = OLD."TerritoryRegion"
                  AND "Kind" = OLD."TerritoryKind" AND "CarrierKind" = OLD."TerritoryCarrierKind";
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO "ParticipationTallies" ({{Keys}}, "Count")
                VALUES (NEW."CohortId", NEW."Status", NEW."TerritoryRegion", NEW."TerritoryKind", NEW."TerritoryCarrierKind", 1)
                ON CONFLICT ({{Keys}}) DO UPDATE SET "Count" = "ParticipationTallies"."Count" + 1;
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER "Participations_Tally_Insert" AFTER INSERT ON "Participations"
            FOR EACH ROW EXECUTE FUNCTION parcours_tally_participation();
        CREATE TRIGGER "Participations_Tally_Update"
            AFTER UPDATE OF "CohortId", "Status", "TerritoryRegion", "TerritoryKind", "TerritoryCarrierKind" ON "Participations"
            FOR EACH ROW WHEN (OLD."CohortId" IS DISTINCT FROM NEW."CohortId" OR OLD."Status" IS DISTINCT FROM NEW."Status"
                OR OLD."TerritoryRegion" IS DISTINCT FROM NEW."TerritoryRegion" OR OLD."TerritoryKind" IS DISTINCT FROM NEW."TerritoryKind"
                OR OLD."TerritoryCarrierKind" IS DISTINCT FROM NEW."TerritoryCarrierKind")
            EXECUTE FUNCTION parcours_tally_participation();
        CREATE TRIGGER "Participations_Tally_Delete" AFTER DELETE ON "Participations"
            FOR EACH ROW EXECUTE FUNCTION parcours_tally_participation();
        """;

    /// <summary>How many reminders each cohort has by rule and status, kept in the same transaction as the reminder (a tally at zero removed, as
    /// on SQLite); filled from those there.</summary>
    public const string ReminderTallyTriggers = """
        CREATE FUNCTION parcours_tally_reminder() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE "ReminderTallies" SET "Count" = "Count" - 1
                WHERE "CohortId" = OLD."CohortId" AND "Rule" = OLD."Rule" AND "Status" = OLD."Status";
                DELETE FROM "ReminderTallies"
                WHERE "CohortId" = OLD."CohortId" AND "Rule" = OLD."Rule" AND "Status" = OLD."Status" AND "Count" = 0;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO "ReminderTallies" ("CohortId", "Rule", "Status", "Count") VALUES (NEW."CohortId", NEW."Rule", NEW."Status", 1)
                ON CONFLICT ("CohortId", "Rule", "Status") DO UPDATE SET "Count" = "ReminderTallies"."Count" + 1;
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER "Reminders_Tally_Insert" AFTER INSERT ON "Reminders"
            FOR EACH ROW EXECUTE FUNCTION parcours_tally_reminder();
        CREATE TRIGGER "Reminders_Tally_Update" AFTER UPDATE OF "CohortId", "Rule", "Status" ON "Reminders"
            FOR EACH ROW WHEN (OLD."CohortId" IS DISTINCT FROM NEW."CohortId" OR OLD."Rule" IS DISTINCT FROM NEW."Rule"
                OR OLD."Status" IS DISTINCT FROM NEW."Status")
            EXECUTE FUNCTION parcours_tally_reminder();
        CREATE TRIGGER "Reminders_Tally_Delete" AFTER DELETE ON "Reminders"
            FOR EACH ROW EXECUTE FUNCTION parcours_tally_reminder();
        INSERT INTO "ReminderTallies" ("CohortId", "Rule", "Status", "Count")
        SELECT "CohortId", "Rule", "Status", COUNT(*) FROM "Reminders" GROUP BY "CohortId", "Rule", "Status";
        """;

    /// <summary>
    /// A cohort's attendance version changes with any row written, changed or removed in the tables its figures are made
    /// of (sessions, sheets, binômes, members, participations) and with a member's name. The version is the writing
    /// transaction's id, set once per transaction and cohort: a sheet of 20,000 lines updates the row once, not 20,000
    /// times (each update of one row would leave a version behind), and two transactions never write the same number.
    /// </summary>
    public const string AttendanceVersionTriggers = """
        CREATE FUNCTION parcours_attendance_changed(cohort uuid) RETURNS void LANGUAGE sql AS $body$
            INSERT INTO "AttendanceVersions" ("CohortId", "Version") VALUES (cohort, txid_current())
            ON CONFLICT ("CohortId") DO UPDATE SET "Version" = EXCLUDED."Version"
            WHERE "AttendanceVersions"."Version" <> EXCLUDED."Version";
        $body$;
        CREATE FUNCTION parcours_attendance_source_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM parcours_attendance_changed(OLD."CohortId"); END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM parcours_attendance_changed(NEW."CohortId"); END IF;
            RETURN NULL;
        END
        $body$;
        CREATE FUNCTION parcours_attendance_person_renamed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            PERFORM parcours_attendance_changed(m."CohortId") FROM (SELECT DISTINCT "CohortId" FROM "PairMembers" WHERE "PersonId" = NEW."Id") m;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER "CollectiveSessions_AttendanceVersion" AFTER INSERT OR UPDATE OR DELETE ON "CollectiveSessions"
            FOR EACH ROW EXECUTE FUNCTION parcours_attendance_source_changed();
        CREATE TRIGGER "Attendances_AttendanceVersion" AFTER INSERT OR UPDATE OR DELETE ON "Attendances"
            FOR EACH ROW EXECUTE FUNCTION parcours_attendance_source_changed();
        CREATE TRIGGER "Pairs_AttendanceVersion" AFTER INSERT OR UPDATE OR DELETE ON "Pairs"
            FOR EACH ROW EXECUTE FUNCTION parcours_attendance_source_changed();
        CREATE TRIGGER "PairMembers_AttendanceVersion" AFTER INSERT OR UPDATE OR DELETE ON "PairMembers"
            FOR EACH ROW EXECUTE FUNCTION parcours_attendance_source_changed();
        CREATE TRIGGER "Participations_AttendanceVersion" AFTER INSERT OR UPDATE OR DELETE ON "Participations"
            FOR EACH ROW EXECUTE FUNCTION parcours_attendance_source_changed();
        CREATE TRIGGER "People_AttendanceVersion" AFTER UPDATE OF "FirstName", "LastName", "Email" ON "People"
            FOR EACH ROW WHEN (OLD."FirstName" IS DISTINCT FROM NEW."FirstName" OR OLD."LastName" IS DISTINCT FROM NEW."LastName"
                OR OLD."Email" IS DISTINCT FROM NEW."Email")
            EXECUTE FUNCTION parcours_attendance_person_renamed();
        """;

    /// <summary>Removes the triggers and functions above (the migration's way down).</summary>
    public const string DropAttendanceVersionTriggers = """
        DROP TRIGGER IF EXISTS "CollectiveSessions_AttendanceVersion" ON "CollectiveSessions";
        DROP TRIGGER IF EXISTS "Attendances_AttendanceVersion" ON "Attendances";
        DROP TRIGGER IF EXISTS "Pairs_AttendanceVersion" ON "Pairs";
        DROP TRIGGER IF EXISTS "PairMembers_AttendanceVersion" ON "PairMembers";
        DROP TRIGGER IF EXISTS "Participations_AttendanceVersion" ON "Participations";
        DROP TRIGGER IF EXISTS "People_AttendanceVersion" ON "People";
        DROP FUNCTION IF EXISTS parcours_attendance_source_changed();
        DROP FUNCTION IF EXISTS parcours_attendance_person_renamed();
        DROP FUNCTION IF EXISTS parcours_attendance_changed(uuid);
        """;

    /// <summary>The audit trail is appended to, never changed nor deleted — by the application or by hand.</summary>
    public const string AppendOnlyAudit = """
        CREATE FUNCTION parcours_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION 'Le journal d''audit ne se modifie pas.';
            END IF;
            RAISE EXCEPTION 'Le journal d''audit ne se supprime pas.';
        END
        $body$;
        CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION parcours_audit_append_only();
        CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION parcours_audit_append_only();
        """;
}
