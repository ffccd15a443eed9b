using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PartiesTakePart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Organizations",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpSource",
                table: "Deals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Answer",
                table: "DealParties",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AnswerNote",
                table: "DealParties",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "DealParties",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpAsked",
                table: "DealParties",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PrivateToken",
                table: "DealParties",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReportedAt",
                table: "DealParties",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedNote",
                table: "DealParties",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedStatus",
                table: "DealParties",
                type: "int",
                nullable: true);

            // Parties of deals recorded before they had their own link get one now.
            migrationBuilder.Sql("UPDATE [DealParties] SET [PrivateToken] = REPLACE(LOWER(CONVERT(nvarchar(36), NEWID())), '-', '') WHERE [PrivateToken] = N'';");

            migrationBuilder.CreateIndex(
                name: "IX_DealParties_PrivateToken",
                table: "DealParties",
                column: "PrivateToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DealParties_PrivateToken",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "FollowUpSource",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "AnswerNote",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "FollowUpAsked",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "PrivateToken",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "ReportedAt",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "ReportedNote",
                table: "DealParties");

            migrationBuilder.DropColumn(
                name: "ReportedStatus",
                table: "DealParties");
        }
    }
}
