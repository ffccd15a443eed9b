using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Winwin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallDevice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Device",
                table: "FacilitatorCalls",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorCalls_EventId_Device",
                table: "FacilitatorCalls",
                columns: new[] { "EventId", "Device" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FacilitatorCalls_EventId_Device",
                table: "FacilitatorCalls");

            migrationBuilder.DropColumn(
                name: "Device",
                table: "FacilitatorCalls");
        }
    }
}
