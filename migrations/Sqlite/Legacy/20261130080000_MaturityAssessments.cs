using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Where each territory's binôme places its co-construction at the start and at the end of the path.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130080000_MaturityAssessments")]
public sealed class MaturityAssessments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MaturityAssessments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Moment = table.Column<int>(nullable: false),
                Stage = table.Column<int>(nullable: false),
                Answers = table.Column<string>(nullable: false),
                AssessedBy = table.Column<string>(maxLength: 254, nullable: false),
                AssessedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MaturityAssessments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_MaturityAssessments_CohortId_TerritoryId_Moment", table: "MaturityAssessments",
            columns: ["CohortId", "TerritoryId", "Moment"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "MaturityAssessments");
}
