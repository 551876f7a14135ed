using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Parcours.Infrastructure.Persistence;

#nullable disable

namespace Parcours.Migrations;

/// <summary>
/// Accounts (ASP.NET Core Identity), programmes, cohorts and phases, territories and their
/// invitations, people and binômes. Written by hand (EF's design package does not restore here);
/// columns carry no provider type so the same migration serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(ParcoursDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AspNetRoles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AspNetUsers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Programmes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Programmes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Territories",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<int>(nullable: false),
                Region = table.Column<int>(nullable: false),
                CarrierKind = table.Column<int>(nullable: false),
                OfficialCode = table.Column<string>(maxLength: 20, nullable: true),
                ContactName = table.Column<string>(maxLength: 200, nullable: true),
                ContactEmail = table.Column<string>(maxLength: 254, nullable: true),
                ContactPhone = table.Column<string>(maxLength: 30, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Territories", x => x.Id));

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FirstName = table.Column<string>(maxLength: 200, nullable: false),
                LastName = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: true),
                JobTitle = table.Column<string>(maxLength: 200, nullable: true),
                UserId = table.Column<string>(nullable: true),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_People", x => x.Id);
                table.ForeignKey("FK_People_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Cohorts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
                TargetTerritoryCount = table.Column<int>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cohorts", x => x.Id);
                table.ForeignKey("FK_Cohorts_Programmes_ProgrammeId", x => x.ProgrammeId, "Programmes", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CohortPhases",
            columns: table => new
            {
                CohortId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                StartDate = table.Column<DateOnly>(nullable: false),
                EndDate = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CohortPhases", x => new { x.CohortId, x.Kind });
                table.ForeignKey("FK_CohortPhases_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Participations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                StatusDate = table.Column<DateOnly>(nullable: false),
                StatusReason = table.Column<string>(maxLength: 2000, nullable: true),
                TerritoryName = table.Column<string>(maxLength: 200, nullable: false),
                TerritoryKind = table.Column<int>(nullable: false),
                TerritoryRegion = table.Column<int>(nullable: false),
                TerritoryCarrierKind = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Participations", x => x.Id);
                table.ForeignKey("FK_Participations_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Participations_Territories_TerritoryId", x => x.TerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ParticipationEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParticipationId = table.Column<Guid>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: true),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecordedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ParticipationEvents", x => x.Id);
                table.ForeignKey("FK_ParticipationEvents_Participations_ParticipationId", x => x.ParticipationId, "Participations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Pairs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                TerritoryId = table.Column<Guid>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Pairs", x => x.Id);
                table.ForeignKey("FK_Pairs_Cohorts_CohortId", x => x.CohortId, "Cohorts", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Pairs_Territories_TerritoryId", x => x.TerritoryId, "Territories", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PairMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PairId = table.Column<Guid>(nullable: false),
                CohortId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                FromDate = table.Column<DateOnly>(nullable: false),
                UntilDate = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PairMembers", x => x.Id);
                table.ForeignKey("FK_PairMembers_Pairs_PairId", x => x.PairId, "Pairs", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_PairMembers_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");
        migrationBuilder.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");
        migrationBuilder.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_Cohorts_ProgrammeId", "Cohorts", "ProgrammeId");
        migrationBuilder.CreateIndex("IX_Cohorts_StartDate", "Cohorts", "StartDate");
        migrationBuilder.CreateIndex("IX_PairMembers_CohortId_PersonId_Active", "PairMembers", ["CohortId", "PersonId"], unique: true, filter: "\"UntilDate\" IS NULL");
        migrationBuilder.CreateIndex("IX_PairMembers_PairId", "PairMembers", "PairId");
        migrationBuilder.CreateIndex("IX_PairMembers_PersonId", "PairMembers", "PersonId");
        migrationBuilder.CreateIndex("IX_Pairs_CohortId_TerritoryId", "Pairs", ["CohortId", "TerritoryId"], unique: true);
        migrationBuilder.CreateIndex("IX_Pairs_TerritoryId", "Pairs", "TerritoryId");
        migrationBuilder.CreateIndex("IX_ParticipationEvents_ParticipationId", "ParticipationEvents", "ParticipationId");
        migrationBuilder.CreateIndex("IX_Participations_CohortId_Status", "Participations", ["CohortId", "Status"]);
        migrationBuilder.CreateIndex("IX_Participations_CohortId_TerritoryName_TerritoryId", "Participations", ["CohortId", "TerritoryName", "TerritoryId"]);
        migrationBuilder.CreateIndex("IX_Participations_CohortId_TerritoryId", "Participations", ["CohortId", "TerritoryId"], unique: true);
        migrationBuilder.CreateIndex("IX_Participations_TerritoryId", "Participations", "TerritoryId");
        migrationBuilder.CreateIndex("IX_People_Email", "People", "Email", unique: true);
        migrationBuilder.CreateIndex("IX_People_LastName_FirstName", "People", ["LastName", "FirstName"]);
        migrationBuilder.CreateIndex("IX_People_UserId", "People", "UserId", unique: true);
        migrationBuilder.CreateIndex("IX_Territories_Name", "Territories", "Name");
        migrationBuilder.CreateIndex("IX_Territories_OfficialCode", "Territories", "OfficialCode", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "PairMembers", "Pairs", "ParticipationEvents", "Participations", "CohortPhases", "Cohorts", "People",
            "Territories", "Programmes", "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims",
            "AspNetRoleClaims", "AspNetUsers", "AspNetRoles",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
