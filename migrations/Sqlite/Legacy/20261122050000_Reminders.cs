using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Reminders (one row per message due), the in-app inbox, preferences, and each cohort's reminder rules.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122050000_Reminders")]
public sealed class Reminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "OwnerPersonId", table: "NextSteps", nullable: true);

        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Rule = table.Column<int>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                ItemId = table.Column<Guid>(nullable: false),
                RecipientPersonId = table.Column<Guid>(nullable: false),
                DueAtUtc = table.Column<DateTime>(nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                ClaimToken = table.Column<Guid>(nullable: true),
                ClaimedAtUtc = table.Column<DateTime>(nullable: true),
                SentAtUtc = table.Column<DateTime>(nullable: true),
                Channels = table.Column<string>(maxLength: 50, nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                Resends = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reminders", x => x.Id);
                table.ForeignKey("FK_Reminders_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                ReminderId = table.Column<Guid>(nullable: true),
                Kind = table.Column<int>(nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Text = table.Column<string>(maxLength: 8000, nullable: false),
                Link = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ReadAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey("FK_Notifications_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NotificationPreferences",
            columns: table => new
            {
                PersonId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Email = table.Column<bool>(nullable: false),
                InApp = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NotificationPreferences", x => new { x.PersonId, x.Kind });
                table.ForeignKey("FK_NotificationPreferences_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReminderSettings",
            columns: table => new
            {
                CohortId = table.Column<Guid>(nullable: false),
                SessionEarlyDays = table.Column<int>(nullable: true),
                SessionEveDays = table.Column<int>(nullable: true),
                RoadmapDeadline = table.Column<DateOnly>(nullable: true),
                RoadmapNearDays = table.Column<int>(nullable: true),
                RoadmapMissedDays = table.Column<int>(nullable: true),
                NextStepDays = table.Column<int>(nullable: true),
                CommitteeMeetingDays = table.Column<int>(nullable: true),
                TwoAbsencesAlert = table.Column<bool>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: true),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReminderSettings", x => x.CohortId);
                table.ForeignKey("FK_ReminderSettings_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Reminders_ItemId_Rule_RecipientPersonId_DueAtUtc", "Reminders", ["ItemId", "Rule", "RecipientPersonId", "DueAtUtc"], unique: true);
        migrationBuilder.CreateIndex("IX_Reminders_Status_NextAttemptAtUtc", "Reminders", ["Status", "NextAttemptAtUtc"]);
        migrationBuilder.CreateIndex("IX_Reminders_CohortId_Status", "Reminders", ["CohortId", "Status"]);
        migrationBuilder.CreateIndex("IX_Reminders_ClaimToken", "Reminders", "ClaimToken");
        migrationBuilder.CreateIndex("IX_Notifications_PersonId_CreatedAtUtc", "Notifications", ["PersonId", "CreatedAtUtc"]);
        migrationBuilder.CreateIndex("IX_Notifications_ReminderId", "Notifications", "ReminderId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ReminderSettings");
        migrationBuilder.DropTable("NotificationPreferences");
        migrationBuilder.DropTable("Notifications");
        migrationBuilder.DropTable("Reminders");
        migrationBuilder.DropColumn("OwnerPersonId", "NextSteps");
    }
}
