using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>The resource library: links and documents of a cohort, classified M.E.D.O.C. and by theme, some supporting a session.</summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130100000_ResourceLibrary")]
public sealed class ResourceLibrary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Resources",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Kind = table.Column<int>(nullable: false),
                ThemeMask = table.Column<int>(nullable: false),
                Visibility = table.Column<int>(nullable: false),
                Format = table.Column<int>(nullable: false),
                Url = table.Column<string>(maxLength: 2000, nullable: true),
                FileName = table.Column<string>(maxLength: 255, nullable: true),
                ContentType = table.Column<string>(maxLength: 100, nullable: true),
                Size = table.Column<long>(nullable: true),
                Sha256 = table.Column<string>(maxLength: 64, nullable: true),
                StorageKey = table.Column<string>(maxLength: 100, nullable: true),
                SearchText = table.Column<string>(nullable: false),
                AddedBy = table.Column<string>(maxLength: 256, nullable: false),
                AddedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Resources", x => x.Id);
                table.ForeignKey("FK_Resources_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Resources_CollectiveSessions_SessionId", x => x.SessionId, "CollectiveSessions", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex(name: "IX_Resources_CohortId_SearchText", table: "Resources", columns: ["CohortId", "SearchText"]);
        migrationBuilder.CreateIndex(name: "IX_Resources_SessionId_SearchText", table: "Resources", columns: ["SessionId", "SearchText"]);
        migrationBuilder.CreateIndex(name: "IX_Resources_Visibility_SearchText", table: "Resources", columns: ["Visibility", "SearchText"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Resources");
}
