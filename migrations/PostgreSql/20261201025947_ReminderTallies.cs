using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.PostgreSql
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
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderTallies", x => new { x.CohortId, x.Rule, x.Status });
                });

            // What the model cannot say: triggers keep the tallies, which start from the reminders already there.
            migrationBuilder.Sql(PostgreSqlSchema.ReminderTallyTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Reminders_Tally_Insert" ON "Reminders";
                DROP TRIGGER IF EXISTS "Reminders_Tally_Update" ON "Reminders";
                DROP TRIGGER IF EXISTS "Reminders_Tally_Delete" ON "Reminders";
                DROP FUNCTION IF EXISTS parcours_tally_reminder();
                """);
            migrationBuilder.DropTable(
                name: "ReminderTallies");
        }
    }
}
