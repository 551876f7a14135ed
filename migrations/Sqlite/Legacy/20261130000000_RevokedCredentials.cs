using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>Credentials that open nothing any more: refresh tokens already exchanged (each serves once) and sessions signed out.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130000000_RevokedCredentials")]
public sealed class RevokedCredentials : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RevokedCredentials",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 64, nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RevokedCredentials", x => x.Key));
        migrationBuilder.CreateIndex(name: "IX_RevokedCredentials_ExpiresAtUtc", table: "RevokedCredentials", column: "ExpiresAtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "RevokedCredentials");
}
