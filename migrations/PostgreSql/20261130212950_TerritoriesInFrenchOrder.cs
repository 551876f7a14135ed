using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.PostgreSql
{
    /// <summary>A cohort's territories are paged in French order: the indexes the pages walk follow the folded name.</summary>
    public partial class TerritoriesInFrenchOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participations_CohortId_TerritoryName_TerritoryId",
                table: "Participations");

            migrationBuilder.DropIndex(
                name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_Terri~",
                table: "Participations");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_CohortId_TerritoryRegion_TerritorySearch_Ter~",
                table: "Participations",
                columns: new[] { "CohortId", "TerritoryRegion", "TerritorySearch", "TerritoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_CohortId_TerritorySearch_TerritoryId",
                table: "Participations",
                columns: new[] { "CohortId", "TerritorySearch", "TerritoryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participations_CohortId_TerritoryRegion_TerritorySearch_Ter~",
                table: "Participations");

            migrationBuilder.DropIndex(
                name: "IX_Participations_CohortId_TerritorySearch_TerritoryId",
                table: "Participations");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_CohortId_TerritoryName_TerritoryId",
                table: "Participations",
                columns: new[] { "CohortId", "TerritoryName", "TerritoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_Terri~",
                table: "Participations",
                columns: new[] { "CohortId", "TerritoryRegion", "TerritoryName", "TerritoryId" });
        }
    }
}
