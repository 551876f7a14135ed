using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>When a reminder was handed to the mail server in its current claim: what a crash leaves uncertain, and only that.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130020000_ReminderHanded")]
public sealed class ReminderHanded : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>(name: "HandedAtUtc", table: "Reminders", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "HandedAtUtc", table: "Reminders");
}
