using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Peer exchange: whether a binôme shares its validated roadmap with the cohort, and under which themes (none shared before).</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130090000_RoadmapSharing")]
public sealed class RoadmapSharing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "SharedAtUtc", table: "Roadmaps", nullable: true);
        migrationBuilder.AddColumn<string>(name: "SharedThemes", table: "Roadmaps", nullable: false, defaultValue: "[]");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "SharedAtUtc", table: "Roadmaps");
        migrationBuilder.DropColumn(name: "SharedThemes", table: "Roadmaps");
    }
}
