using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// How many territories each cohort has at each status, region, kind and carrier, kept by triggers in the same transaction as the
/// participation that changes — whatever writes it (a use case, the CSV import, the demo, a repair by
/// hand) — so that a page of a 100,000-territory cohort does not count them all again. Filled from the
/// existing rows.
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130050000_ParticipationTallies")]
public sealed class ParticipationTallies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ParticipationTallies",
            columns: table => new
            {
                CohortId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Region = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                CarrierKind = table.Column<int>(nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ParticipationTallies", x => new { x.CohortId, x.Status, x.Region, x.Kind, x.CarrierKind }));
        migrationBuilder.Sql(SqliteSchema.FillTallies);
        foreach (var trigger in SqliteSchema.TallyTriggers) migrationBuilder.Sql(trigger);
        // A region's page walks its own index in name order, as the whole list walks (CohortId, TerritoryName).
        migrationBuilder.CreateIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_TerritoryId", table: "Participations",
            columns: ["CohortId", "TerritoryRegion", "TerritoryName", "TerritoryId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Participations_Tally_Insert;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Participations_Tally_Update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Participations_Tally_Delete;");
        migrationBuilder.DropIndex(name: "IX_Participations_CohortId_TerritoryRegion_TerritoryName_TerritoryId", table: "Participations");
        migrationBuilder.DropTable(name: "ParticipationTallies");
    }
}
