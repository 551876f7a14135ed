using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// Hangfire replaces Quartz.NET (decision record 0013): Quartz's tables, which it created itself in the
/// product's database, go. Hangfire keeps its own file beside the database.
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130030000_DropQuartz")]
public sealed class DropQuartz : Migration
{
    private static readonly string[] Tables =
    [
        "QRTZ_FIRED_TRIGGERS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_SIMPLE_TRIGGERS",
        "QRTZ_SIMPROP_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_CALENDARS",
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }

    // Quartz provisioned its own schema at start; nothing to recreate.
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
