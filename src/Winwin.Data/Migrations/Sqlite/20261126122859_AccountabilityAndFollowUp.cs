using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountabilityAndFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ContactsErasedAt",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShowInReport",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ContactRetentionDays",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 180);

            migrationBuilder.AddColumn<DateTime>(
                name: "ContactsErasedAt",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpCheckDays",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 90);

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowUpClosedAt",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpFirstContactDays",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 21);

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowUpAt",
                table: "Deals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpById",
                table: "Deals",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpByName",
                table: "Deals",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpNotes",
                table: "Deals",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpStatus",
                table: "Deals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Audit_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FacilitatorCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitatorCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FacilitatorCalls_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FacilitatorCalls_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_EventId_At",
                table: "Audit",
                columns: new[] { "EventId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorCalls_EventId_Status",
                table: "FacilitatorCalls",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorCalls_OrganizationId",
                table: "FacilitatorCalls",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FacilitatorCalls");

            migrationBuilder.DropColumn(
                name: "ContactsErasedAt",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ShowInReport",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ContactRetentionDays",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ContactsErasedAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "FollowUpCheckDays",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "FollowUpClosedAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "FollowUpFirstContactDays",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "FollowUpAt",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "FollowUpById",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "FollowUpByName",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "FollowUpNotes",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "FollowUpStatus",
                table: "Deals");
        }
    }
}
