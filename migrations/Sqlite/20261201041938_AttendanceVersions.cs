using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttendanceVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttendanceVersions",
                columns: table => new
                {
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceVersions", x => x.CohortId);
                });

            // What the model cannot say: the versions are changed by triggers on what the figures are made of. None to
            // fill: a cohort without a row reads as version 0, and its first change writes one.
            foreach (var trigger in SqliteSchema.AttendanceVersionTriggers) migrationBuilder.Sql(trigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteSchema.DropAttendanceVersionTriggers);
            migrationBuilder.DropTable(
                name: "AttendanceVersions");
        }
    }
}
