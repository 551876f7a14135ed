using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// The model's table of failed-login windows, used on PostgreSQL (instances count the same failures). On SQLite,
/// one instance, the windows stay in memory and the table stays empty.
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130140000_LoginFailures")]
public sealed class LoginFailures : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "LoginFailures",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 600, nullable: false),
                WindowStartUtc = table.Column<DateTime>(nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LoginFailures", x => x.Key));
        migrationBuilder.CreateIndex(name: "IX_LoginFailures_WindowStartUtc", table: "LoginFailures", column: "WindowStartUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "LoginFailures");
}
