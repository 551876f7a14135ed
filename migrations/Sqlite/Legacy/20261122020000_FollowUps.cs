using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Individual follow-up: coach assignments, entries and their next steps, field visits, the cohort's contact cadence.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122020000_FollowUps")]
public sealed class FollowUps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "ContactCadenceDays", table: "Cohorts", nullable: false, defaultValue: 30);

        migrationBuilder.CreateTable(
            name: "CoachAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                CoachPersonId = table.Column<Guid>(nullable: false),
                FromDate = table.Column<DateOnly>(nullable: false),
                UntilDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoachAssignments", x => x.Id);
                table.ForeignKey("FK_CoachAssignments_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CoachAssignments_Territories_TerritoryId", x => x.TerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CoachAssignments_People_CoachPersonId", x => x.CoachPersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "FollowUpEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                DurationMinutes = table.Column<int>(nullable: true),
                Participants = table.Column<string>(nullable: false),
                Notes = table.Column<string>(maxLength: 20000, nullable: false),
                Visibility = table.Column<int>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
                FieldVisitId = table.Column<Guid>(nullable: true),
                Revisions = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUpEntries", x => x.Id);
                table.ForeignKey("FK_FollowUpEntries_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_FollowUpEntries_Territories_TerritoryId", x => x.TerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "NextSteps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EntryId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Owner = table.Column<string>(maxLength: 200, nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                DoneAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NextSteps", x => x.Id);
                table.ForeignKey("FK_NextSteps_FollowUpEntries_EntryId", x => x.EntryId, "FollowUpEntries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "FieldVisits",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                HostTerritoryId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Visitors = table.Column<string>(nullable: false),
                Purpose = table.Column<string>(maxLength: 2000, nullable: false),
                Learnings = table.Column<string>(maxLength: 8000, nullable: true),
                FollowUpEntryId = table.Column<Guid>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FieldVisits", x => x.Id);
                table.ForeignKey("FK_FieldVisits_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_FieldVisits_Territories_HostTerritoryId", x => x.HostTerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_CoachAssignments_CohortId_TerritoryId", "CoachAssignments", ["CohortId", "TerritoryId"]);
        migrationBuilder.CreateIndex("IX_CoachAssignments_CoachPersonId", "CoachAssignments", "CoachPersonId");
        migrationBuilder.CreateIndex("IX_CoachAssignments_TerritoryId", "CoachAssignments", "TerritoryId");
        migrationBuilder.CreateIndex("IX_FollowUpEntries_CohortId_TerritoryId_Date", "FollowUpEntries", ["CohortId", "TerritoryId", "Date"]);
        migrationBuilder.CreateIndex("IX_FollowUpEntries_TerritoryId", "FollowUpEntries", "TerritoryId");
        migrationBuilder.CreateIndex("IX_NextSteps_CohortId_DueDate", "NextSteps", ["CohortId", "DueDate"]);
        migrationBuilder.CreateIndex("IX_NextSteps_EntryId", "NextSteps", "EntryId");
        migrationBuilder.CreateIndex("IX_FieldVisits_CohortId_Date", "FieldVisits", ["CohortId", "Date"]);
        migrationBuilder.CreateIndex("IX_FieldVisits_HostTerritoryId", "FieldVisits", "HostTerritoryId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FieldVisits");
        migrationBuilder.DropTable("NextSteps");
        migrationBuilder.DropTable("FollowUpEntries");
        migrationBuilder.DropTable("CoachAssignments");
        migrationBuilder.DropColumn("ContactCadenceDays", "Cohorts");
    }
}
