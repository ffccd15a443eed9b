using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegistrationEntryRemoved : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRemoved",
                table: "RegistrationEntries",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsRemoved",
                table: "RegistrationEntries");
        }
    }
}
