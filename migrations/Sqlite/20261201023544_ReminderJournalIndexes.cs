using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReminderJournalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reminders_CohortId_Status",
                table: "Reminders");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_CohortId_DueAtUtc",
                table: "Reminders",
                columns: new[] { "CohortId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_CohortId_Status_DueAtUtc",
                table: "Reminders",
                columns: new[] { "CohortId", "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_DueAtUtc",
                table: "Reminders",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RecipientPersonId_DueAtUtc",
                table: "Reminders",
                columns: new[] { "RecipientPersonId", "DueAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reminders_CohortId_DueAtUtc",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_CohortId_Status_DueAtUtc",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_DueAtUtc",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_RecipientPersonId_DueAtUtc",
                table: "Reminders");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_CohortId_Status",
                table: "Reminders",
                columns: new[] { "CohortId", "Status" });
        }
    }
}
