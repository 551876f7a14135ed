using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Committees, their seats, meetings, decisions and documents.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122030000_Committees")]
public sealed class Committees : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Committees",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Committees", x => x.Id);
                table.ForeignKey("FK_Committees_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CommitteeSeats",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommitteeId = table.Column<Guid>(nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                JoinedOn = table.Column<DateOnly>(nullable: false),
                LeftOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitteeSeats", x => x.Id);
                table.ForeignKey("FK_CommitteeSeats_Committees_CommitteeId", x => x.CommitteeId, "Committees", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CommitteeSeats_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CommitteeMeetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommitteeId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                StartsAtUtc = table.Column<DateTime>(nullable: false),
                Day = table.Column<DateOnly>(nullable: false),
                DurationMinutes = table.Column<int>(nullable: false),
                Place = table.Column<string>(maxLength: 500, nullable: true),
                OnlineLink = table.Column<string>(maxLength: 500, nullable: true),
                Milestone = table.Column<int>(nullable: true),
                Agenda = table.Column<string>(nullable: false),
                InvitedSeatIds = table.Column<string>(nullable: false),
                PresentSeatIds = table.Column<string>(nullable: false),
                Minutes = table.Column<string>(maxLength: 50000, nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitteeMeetings", x => x.Id);
                table.ForeignKey("FK_CommitteeMeetings_Committees_CommitteeId", x => x.CommitteeId, "Committees", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Decisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                CommitteeId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                Owner = table.Column<string>(maxLength: 200, nullable: true),
                DueDate = table.Column<DateOnly>(nullable: true),
                Status = table.Column<int>(nullable: false),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
                History = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Decisions", x => x.Id);
                table.ForeignKey("FK_Decisions_CommitteeMeetings_MeetingId", x => x.MeetingId, "CommitteeMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CommitteeDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                CommitteeId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                StorageKey = table.Column<string>(maxLength: 100, nullable: false),
                Source = table.Column<int>(nullable: false),
                SharedWithCohort = table.Column<bool>(nullable: false),
                AddedBy = table.Column<string>(maxLength: 256, nullable: false),
                AddedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitteeDocuments", x => x.Id);
                table.ForeignKey("FK_CommitteeDocuments_CommitteeMeetings_MeetingId", x => x.MeetingId, "CommitteeMeetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Committees_CohortId_Kind", "Committees", ["CohortId", "Kind"], unique: true);
        migrationBuilder.CreateIndex("IX_CommitteeSeats_PersonId", "CommitteeSeats", "PersonId");
        migrationBuilder.CreateIndex("IX_CommitteeSeats_CommitteeId", "CommitteeSeats", "CommitteeId");
        migrationBuilder.CreateIndex("IX_CommitteeMeetings_CommitteeId_StartsAtUtc", "CommitteeMeetings", ["CommitteeId", "StartsAtUtc"]);
        migrationBuilder.CreateIndex("IX_CommitteeMeetings_CohortId", "CommitteeMeetings", "CohortId");
        migrationBuilder.CreateIndex("IX_Decisions_CommitteeId_Status", "Decisions", ["CommitteeId", "Status"]);
        migrationBuilder.CreateIndex("IX_Decisions_MeetingId", "Decisions", "MeetingId");
        migrationBuilder.CreateIndex("IX_Decisions_CohortId", "Decisions", "CohortId");
        migrationBuilder.CreateIndex("IX_CommitteeDocuments_MeetingId", "CommitteeDocuments", "MeetingId");
        migrationBuilder.CreateIndex("IX_CommitteeDocuments_CohortId_SharedWithCohort", "CommitteeDocuments", ["CohortId", "SharedWithCohort"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CommitteeDocuments");
        migrationBuilder.DropTable("Decisions");
        migrationBuilder.DropTable("CommitteeMeetings");
        migrationBuilder.DropTable("CommitteeSeats");
        migrationBuilder.DropTable("Committees");
    }
}
