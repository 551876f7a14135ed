using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Daily and weekly digests: each person's choice per kind, and the reminders a digest already listed.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130040000_Digests")]
public sealed class Digests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Digest", table: "NotificationPreferences", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "DigestedAtUtc", table: "Reminders", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "DigestToken", table: "Reminders", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Reminders_DigestToken", table: "Reminders", column: "DigestToken");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Reminders_DigestToken", table: "Reminders");
        migrationBuilder.DropColumn(name: "Digest", table: "NotificationPreferences");
        migrationBuilder.DropColumn(name: "DigestedAtUtc", table: "Reminders");
        migrationBuilder.DropColumn(name: "DigestToken", table: "Reminders");
    }
}
