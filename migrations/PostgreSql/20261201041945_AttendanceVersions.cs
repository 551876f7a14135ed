using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parcours.Migrations.PostgreSql
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
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceVersions", x => x.CohortId);
                });

            // What the model cannot say: the versions are changed by triggers on what the figures are made of. None to
            // fill: a cohort without a row reads as version 0, and its first change writes one.
            migrationBuilder.Sql(PostgreSqlSchema.AttendanceVersionTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgreSqlSchema.DropAttendanceVersionTriggers);
            migrationBuilder.DropTable(
                name: "AttendanceVersions");
        }
    }
}
