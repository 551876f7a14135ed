using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReminderTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReminderTallies",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderTallies", x => new { x.CohortId, x.Rule, x.Status });
                });

            // What the model cannot say: the tallies are filled from the reminders there, then kept by triggers.
            migrationBuilder.Sql(SqliteSchema.FillReminderTallies);
            foreach (var trigger in SqliteSchema.ReminderTallyTriggers) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Reminders_Tally_Insert; DROP TRIGGER IF EXISTS Reminders_Tally_Update; DROP TRIGGER IF EXISTS Reminders_Tally_Delete;");
            migrationBuilder.DropTable(
                name: "ReminderTallies");
        }
    }
}
