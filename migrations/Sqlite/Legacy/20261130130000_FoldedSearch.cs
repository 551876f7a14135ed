using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// Folded copies of territories' names, people's names and addresses, and follow-up notes (lower case, no
/// accents): searches compare them the same way on SQLite and PostgreSQL, and the directory sorts by them.
/// Existing rows are folded at start by <c>FoldedSearchBackfill</c> (SQL has no accent folding of its own).
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130130000_FoldedSearch")]
public sealed class FoldedSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "TerritorySearch", table: "Participations", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "SearchText", table: "People", nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "NotesSearch", table: "FollowUpEntries", nullable: false, defaultValue: "");
        migrationBuilder.DropIndex(name: "IX_People_LastName_FirstName", table: "People");
        migrationBuilder.CreateIndex(name: "IX_People_SearchText", table: "People", column: "SearchText");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_People_SearchText", table: "People");
        migrationBuilder.CreateIndex(name: "IX_People_LastName_FirstName", table: "People", columns: ["LastName", "FirstName"]);
        migrationBuilder.DropColumn(name: "TerritorySearch", table: "Participations");
        migrationBuilder.DropColumn(name: "SearchText", table: "People");
        migrationBuilder.DropColumn(name: "NotesSearch", table: "FollowUpEntries");
    }
}
