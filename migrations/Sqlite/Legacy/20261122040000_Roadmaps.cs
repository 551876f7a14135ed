using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Feuilles de route, their submitted versions and the reviewers' comments.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122040000_Roadmaps")]
public sealed class Roadmaps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Roadmaps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Sections = table.Column<string>(nullable: false),
                Actions = table.Column<string>(nullable: false),
                SubmittedVersions = table.Column<int>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Roadmaps", x => x.Id);
                table.ForeignKey("FK_Roadmaps_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Roadmaps_Territories_TerritoryId", x => x.TerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "RoadmapVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoadmapId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Sections = table.Column<string>(nullable: false),
                Actions = table.Column<string>(nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 256, nullable: false),
                SubmittedAtUtc = table.Column<DateTime>(nullable: false),
                Outcome = table.Column<int>(nullable: false),
                DecidedBy = table.Column<string>(maxLength: 256, nullable: true),
                DecidedAtUtc = table.Column<DateTime>(nullable: true),
                Pitched = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoadmapVersions", x => x.Id);
                table.ForeignKey("FK_RoadmapVersions_Roadmaps_RoadmapId", x => x.RoadmapId, "Roadmaps", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RoadmapComments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoadmapId = table.Column<Guid>(nullable: false),
                SectionKey = table.Column<string>(maxLength: 50, nullable: false),
                VersionNumber = table.Column<int>(nullable: true),
                Role = table.Column<int>(nullable: false),
                Author = table.Column<string>(maxLength: 256, nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                ReplyToId = table.Column<Guid>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoadmapComments", x => x.Id);
                table.ForeignKey("FK_RoadmapComments_Roadmaps_RoadmapId", x => x.RoadmapId, "Roadmaps", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Roadmaps_CohortId_TerritoryId", "Roadmaps", ["CohortId", "TerritoryId"], unique: true);
        migrationBuilder.CreateIndex("IX_Roadmaps_TerritoryId", "Roadmaps", "TerritoryId");
        migrationBuilder.CreateIndex("IX_RoadmapVersions_RoadmapId_Number", "RoadmapVersions", ["RoadmapId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_RoadmapVersions_CohortId_Outcome", "RoadmapVersions", ["CohortId", "Outcome"]);
        migrationBuilder.CreateIndex("IX_RoadmapComments_RoadmapId", "RoadmapComments", "RoadmapId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("RoadmapComments");
        migrationBuilder.DropTable("RoadmapVersions");
        migrationBuilder.DropTable("Roadmaps");
    }
}
