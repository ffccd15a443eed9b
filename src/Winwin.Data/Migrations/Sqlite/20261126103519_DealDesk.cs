using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequiresRatification",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimatedValue",
                table: "Deals",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrivateToken",
                table: "Deals",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Deals",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DefaultValue",
                table: "Categories",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DealHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealHistory_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Messages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Messages_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_EventId_Status",
                table: "Deals",
                columns: new[] { "EventId", "Status" });

            // Deals recorded before match forms existed get their private link now.
            migrationBuilder.Sql("UPDATE \"Deals\" SET \"PrivateToken\" = lower(hex(randomblob(16))) WHERE \"PrivateToken\" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_PrivateToken",
                table: "Deals",
                column: "PrivateToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DealHistory_DealId",
                table: "DealHistory",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_EventId_RemovedAt",
                table: "Messages",
                columns: new[] { "EventId", "RemovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealHistory");

            migrationBuilder.DropTable(
                name: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Deals_EventId_Status",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_PrivateToken",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "RequiresRatification",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "EstimatedValue",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "PrivateToken",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "DefaultValue",
                table: "Categories");
        }
    }
}
