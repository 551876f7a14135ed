using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>With whom a roadmap is shared: its cohort (what every roadmap shared so far chose) or the whole programme.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130110000_RoadmapSharingScope")]
public sealed class RoadmapSharingScope : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "SharedWith", table: "Roadmaps", nullable: true);
        migrationBuilder.Sql("UPDATE Roadmaps SET SharedWith = 1 WHERE SharedAtUtc IS NOT NULL;");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "SharedWith", table: "Roadmaps");
}
