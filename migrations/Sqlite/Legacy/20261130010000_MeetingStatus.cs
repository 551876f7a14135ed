using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>A committee meeting can be cancelled (kept, with its reason).</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130010000_MeetingStatus")]
public sealed class MeetingStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Status", table: "CommitteeMeetings", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<string>(name: "CancellationReason", table: "CommitteeMeetings", maxLength: 2000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Status", table: "CommitteeMeetings");
        migrationBuilder.DropColumn(name: "CancellationReason", table: "CommitteeMeetings");
    }
}
