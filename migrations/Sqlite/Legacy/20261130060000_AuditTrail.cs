using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// The audit trail, append-only in the database itself (triggers refuse an update or a delete, whoever
/// asks), and the marks of a person's erasure (RGPD).
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130060000_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AtUtc = table.Column<DateTime>(nullable: false),
                AccountId = table.Column<string>(maxLength: 100, nullable: true),
                PersonId = table.Column<Guid>(nullable: true),
                UseCase = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<int>(nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                ParentId = table.Column<string>(maxLength: 100, nullable: true),
                TerritoryId = table.Column<Guid>(nullable: true),
                CohortId = table.Column<Guid>(nullable: true),
                Changes = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));
        foreach (var column in new[] { "AtUtc", "EntityId", "ParentId", "TerritoryId", "PersonId", "AccountId" })
        {
            migrationBuilder.CreateIndex(name: $"IX_AuditEntries_{column}", table: "AuditEntries", column: column);
        }
        foreach (var trigger in SqliteSchema.AppendOnlyAudit) migrationBuilder.Sql(trigger);

        migrationBuilder.AddColumn<DateTime>(name: "ErasedAtUtc", table: "People", nullable: true);
        migrationBuilder.AddColumn<int>(name: "ErasureNumber", table: "People", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_People_ErasureNumber", table: "People", column: "ErasureNumber", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_People_ErasureNumber", table: "People");
        migrationBuilder.DropColumn(name: "ErasedAtUtc", table: "People");
        migrationBuilder.DropColumn(name: "ErasureNumber", table: "People");
        migrationBuilder.Sql("DROP TRIGGER AuditEntries_NoUpdate;");
        migrationBuilder.Sql("DROP TRIGGER AuditEntries_NoDelete;");
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
