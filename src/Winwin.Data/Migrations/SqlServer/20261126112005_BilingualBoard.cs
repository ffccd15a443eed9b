using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BilingualBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BoardBilingualMode",
                table: "Events",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BoardSecondLanguage",
                table: "Events",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoardBilingualMode",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "BoardSecondLanguage",
                table: "Events");
        }
    }
}
