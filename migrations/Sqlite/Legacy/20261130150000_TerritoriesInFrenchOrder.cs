using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>A cohort's territories are paged in French order: the indexes the pages walk follow the folded name.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130150000_TerritoriesInFrenchOrder")]
public sealed class TerritoriesInFrenchOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Participations_CohortId_TerritoryName_TerritoryId", table: "Participations");
        migrationBuilder.DropIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_TerritoryId", table: "Participations");
        migrationBuilder.CreateIndex(name: "IX_Participations_CohortId_TerritorySearch_TerritoryId", table: "Participations",
            columns: ["CohortId", "TerritorySearch", "TerritoryId"]);
        migrationBuilder.CreateIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritorySearch_TerritoryId", table: "Participations",
            columns: ["CohortId", "TerritoryRegion", "TerritorySearch", "TerritoryId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Participations_CohortId_TerritorySearch_TerritoryId", table: "Participations");
        migrationBuilder.DropIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritorySearch_TerritoryId", table: "Participations");
        migrationBuilder.CreateIndex(name: "IX_Participations_CohortId_TerritoryName_TerritoryId", table: "Participations",
            columns: ["CohortId", "TerritoryName", "TerritoryId"]);
        migrationBuilder.CreateIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_TerritoryId", table: "Participations",
            columns: ["CohortId", "TerritoryRegion", "TerritoryName", "TerritoryId"]);
    }
}
