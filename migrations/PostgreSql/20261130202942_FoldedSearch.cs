using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.PostgreSql
{
    /// <summary>Folded copies for search (territories, people, notes): compared alike on both providers; existing rows folded at start.</summary>
    public partial class FoldedSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_LastName_FirstName",
                table: "People");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "People",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TerritorySearch",
                table: "Participations",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NotesSearch",
                table: "FollowUpEntries",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchText",
                table: "People",
                column: "SearchText");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SearchText",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "People");

            migrationBuilder.DropColumn(
                name: "TerritorySearch",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "NotesSearch",
                table: "FollowUpEntries");

            migrationBuilder.CreateIndex(
                name: "IX_People_LastName_FirstName",
                table: "People",
                columns: new[] { "LastName", "FirstName" });
        }
    }
}
