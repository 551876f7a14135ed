using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Refresh tokens already exchanged, so that each one serves once.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130000000_UsedRefreshTokens")]
public sealed class UsedRefreshTokens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UsedRefreshTokens",
            columns: table => new
            {
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UsedRefreshTokens", x => x.Hash));
        migrationBuilder.CreateIndex(name: "IX_UsedRefreshTokens_ExpiresAtUtc", table: "UsedRefreshTokens", column: "ExpiresAtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "UsedRefreshTokens");
}
