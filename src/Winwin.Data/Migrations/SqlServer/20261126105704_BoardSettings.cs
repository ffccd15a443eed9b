using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BoardSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ShowSocialValue",
                table: "Events",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShowSocialValue",
                table: "Events");
        }
    }
}
