using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// Participants' answers to a session's questionnaire, and the receipts that stop a second answer. Written by
/// hand as WITHOUT ROWID tables: SQLite then keeps rows in key order (a random id, a person's id), so that
/// the n-th receipt cannot be matched with the n-th anonymous answer.
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261130070000_SessionFeedback")]
public sealed class SessionFeedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(SqliteSchema.SessionFeedbacksTable);
        migrationBuilder.CreateIndex(name: "IX_SessionFeedbacks_SessionId", table: "SessionFeedbacks", column: "SessionId");
        migrationBuilder.CreateIndex(name: "IX_SessionFeedbacks_CohortId", table: "SessionFeedbacks", column: "CohortId");
        migrationBuilder.Sql(SqliteSchema.FeedbackReceiptsTable);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "FeedbackReceipts");
        migrationBuilder.DropTable(name: "SessionFeedbacks");
    }
}
