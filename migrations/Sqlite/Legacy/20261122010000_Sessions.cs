using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Collective sessions S1–S4, attendance, the S3 topic vote, and calendar tokens of people.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122010000_Sessions")]
public sealed class Sessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "CalendarTokenHash", table: "People", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_People_CalendarTokenHash", "People", "CalendarTokenHash", unique: true);

        migrationBuilder.CreateTable(
            name: "CollectiveSessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Theory = table.Column<string>(maxLength: 4000, nullable: false),
                Workshop = table.Column<string>(maxLength: 4000, nullable: false),
                Guest = table.Column<string>(maxLength: 2000, nullable: false),
                Topic = table.Column<string>(maxLength: 200, nullable: true),
                StartsAtUtc = table.Column<DateTime>(nullable: true),
                DurationMinutes = table.Column<int>(nullable: false),
                VenueName = table.Column<string>(maxLength: 200, nullable: true),
                VenueAddress = table.Column<string>(maxLength: 500, nullable: true),
                OnlineLink = table.Column<string>(maxLength: 500, nullable: true),
                Status = table.Column<int>(nullable: false),
                CancellationReason = table.Column<string>(maxLength: 2000, nullable: true),
                OutsidePhaseReason = table.Column<string>(maxLength: 2000, nullable: true),
                Sequence = table.Column<int>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                Agenda = table.Column<string>(nullable: false),
                Speakers = table.Column<string>(nullable: false),
                Resources = table.Column<string>(nullable: false),
                History = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CollectiveSessions", x => x.Id);
                table.ForeignKey("FK_CollectiveSessions_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Attendances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attendances", x => x.Id);
                table.ForeignKey("FK_Attendances_CollectiveSessions_SessionId", x => x.SessionId, "CollectiveSessions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Attendances_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TopicVotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Options = table.Column<string>(nullable: false),
                OpenedAtUtc = table.Column<DateTime>(nullable: false),
                ClosedAtUtc = table.Column<DateTime>(nullable: true),
                WinnerOptionId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TopicVotes", x => x.Id);
                table.ForeignKey("FK_TopicVotes_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Ballots",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                VoteId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                OptionId = table.Column<Guid>(nullable: false),
                CastAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Ballots", x => x.Id);
                table.ForeignKey("FK_Ballots_TopicVotes_VoteId", x => x.VoteId, "TopicVotes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Ballots_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_CollectiveSessions_CohortId_Number", "CollectiveSessions", ["CohortId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_Attendances_SessionId_PersonId", "Attendances", ["SessionId", "PersonId"], unique: true);
        migrationBuilder.CreateIndex("IX_Attendances_CohortId", "Attendances", "CohortId");
        migrationBuilder.CreateIndex("IX_Attendances_PersonId", "Attendances", "PersonId");
        migrationBuilder.CreateIndex("IX_TopicVotes_CohortId", "TopicVotes", "CohortId", unique: true);
        migrationBuilder.CreateIndex("IX_Ballots_VoteId_PersonId", "Ballots", ["VoteId", "PersonId"], unique: true);
        migrationBuilder.CreateIndex("IX_Ballots_PersonId", "Ballots", "PersonId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Ballots");
        migrationBuilder.DropTable("TopicVotes");
        migrationBuilder.DropTable("Attendances");
        migrationBuilder.DropTable("CollectiveSessions");
        migrationBuilder.DropIndex("IX_People_CalendarTokenHash", "People");
        migrationBuilder.DropColumn("CalendarTokenHash", "People");
    }
}
