using System.Text;
using Winwin.Live.Features.Export;

namespace Winwin.Live.Tests.Features.Export;

public class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+32 81 11 22 33", "'+32 81 11 22 33")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Imprimerie Gilson", "Imprimerie Gilson")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralize_FormulaLikeCell_KeptAsText(string? value, string expected)
    {
        Assert.Equal(expected, CsvExport.Neutralize(value));
    }

    [Fact]
    public void Write_ValueWithSemicolonAndQuote_QuotedForExcel()
    {
        var bytes = CsvExport.Write(["titre"], [["Tables; chaises \"pliantes\""]]);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal("\uFEFFtitre\r\n\"Tables; chaises \"\"pliantes\"\"\"\r\n", text);
    }
}
