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
        migrationBuilder.Sql("""
            CREATE TABLE "SessionFeedbacks" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_SessionFeedbacks" PRIMARY KEY,
                "SessionId" TEXT NOT NULL,
                "CohortId" TEXT NOT NULL,
                "PersonId" TEXT NULL,
                "ContentScore" INTEGER NOT NULL,
                "WorkshopScore" INTEGER NOT NULL,
                "GuestScore" INTEGER NOT NULL,
                "TakeAway" TEXT NULL,
                "Missing" TEXT NULL
            ) WITHOUT ROWID;
            """);
        migrationBuilder.CreateIndex(name: "IX_SessionFeedbacks_SessionId", table: "SessionFeedbacks", column: "SessionId");
        migrationBuilder.CreateIndex(name: "IX_SessionFeedbacks_CohortId", table: "SessionFeedbacks", column: "CohortId");
        migrationBuilder.Sql("""
            CREATE TABLE "FeedbackReceipts" (
                "SessionId" TEXT NOT NULL,
                "PersonId" TEXT NOT NULL,
                CONSTRAINT "PK_FeedbackReceipts" PRIMARY KEY ("SessionId", "PersonId")
            ) WITHOUT ROWID;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "FeedbackReceipts");
        migrationBuilder.DropTable(name: "SessionFeedbacks");
    }
}
