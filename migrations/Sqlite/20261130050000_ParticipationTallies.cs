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
    private const string Keys = "CohortId, Status, Region, Kind, CarrierKind";

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
        migrationBuilder.Sql($"""
            INSERT INTO ParticipationTallies ({Keys}, Count)
            SELECT CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind, COUNT(*) FROM Participations
            GROUP BY CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER Participations_Tally_Insert AFTER INSERT ON Participations
            BEGIN
                INSERT INTO ParticipationTallies ({Keys}, Count)
                VALUES (NEW.CohortId, NEW.Status, NEW.TerritoryRegion, NEW.TerritoryKind, NEW.TerritoryCarrierKind, 1)
                ON CONFLICT ({Keys}) DO UPDATE SET Count = Count + 1;
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER Participations_Tally_Update
            AFTER UPDATE OF CohortId, Status, TerritoryRegion, TerritoryKind, TerritoryCarrierKind ON Participations
            WHEN OLD.CohortId <> NEW.CohortId OR OLD.Status <> NEW.Status OR OLD.TerritoryRegion <> NEW.TerritoryRegion
              OR OLD.TerritoryKind <> NEW.TerritoryKind OR OLD.TerritoryCarrierKind <> NEW.TerritoryCarrierKind
            BEGIN
                UPDATE ParticipationTallies SET Count = Count - 1
                WHERE CohortId = OLD.CohortId AND Status = OLD.Status AND Region = OLD.TerritoryRegion
                  AND Kind = OLD.TerritoryKind AND CarrierKind = OLD.TerritoryCarrierKind;
                INSERT INTO ParticipationTallies ({Keys}, Count)
                VALUES (NEW.CohortId, NEW.Status, NEW.TerritoryRegion, NEW.TerritoryKind, NEW.TerritoryCarrierKind, 1)
                ON CONFLICT ({Keys}) DO UPDATE SET Count = Count + 1;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Participations_Tally_Delete AFTER DELETE ON Participations
            BEGIN
                UPDATE ParticipationTallies SET Count = Count - 1
                WHERE CohortId = OLD.CohortId AND Status = OLD.Status AND Region = OLD.TerritoryRegion
                  AND Kind = OLD.TerritoryKind AND CarrierKind = OLD.TerritoryCarrierKind;
            END;
            """);
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
