using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CohortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PairMembers_CohortId",
                table: "PairMembers",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CohortId_AtUtc",
                table: "AuditEntries",
                columns: new[] { "CohortId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PairMembers_CohortId",
                table: "PairMembers");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_CohortId_AtUtc",
                table: "AuditEntries");
        }
    }
}
