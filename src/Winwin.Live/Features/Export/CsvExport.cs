using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Winwin.Live.Features.Export;

/// <summary>
/// CSV that opens correctly in Excel with French and Dutch (Belgian) settings: UTF-8 with a byte-order mark,
/// semicolons between fields, CRLF line ends, quotes where needed.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Neutralize(value));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A cell that starts like a formula (=, +, -, @) is opened by Excel as one: a title such as
    /// "=HYPERLINK(...)" must stay text. The apostrophe is Excel's own "this is text" mark.
    /// </summary>
    public static string Neutralize(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";
}
