using Winwin.Data;

namespace Winwin.Live.Features.Import;

/// <summary>What a coordinator's file would import, and why it cannot be imported yet.</summary>
public sealed record ImportPreview(
    IReadOnlyList<ImportOrganization> Organizations,
    IReadOnlyList<ImportListing> Listings,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool CanImport => Problems.Count == 0 && Organizations.Count > 0;

    /// <summary>What the coordinator should read before importing, though it does not stop the import (a column it does not know).</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    /// <summary>Each column the file has, by its canonical name, as the file titles it.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The column as the file titles it, or the canonical name when the file has no such column.</summary>
    public string HeaderOf(string canonical) => Headers.GetValueOrDefault(canonical, canonical);
}

/// <summary>
/// One organisation of the file, merged over all its rows. <see cref="Kind"/> is null when no row gave a type:
/// fine for an organisation the event already has, a problem for a new one (the caller knows which).
/// </summary>
public sealed record ImportOrganization(
    string Name,
    OrganizationKind? Kind,
    string? Sector,
    string? Table,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    int Line);

public sealed record ImportListing(
    string OrganizationName,
    ListingKind Kind,
    int CategoryId,
    string Title,
    string? Description,
    int Line);

/// <summary>
/// A problem in the file. <see cref="Line"/> is 1-based with the header on line 1 (a spreadsheet's row number);
/// <see cref="Column"/> is the header as written in the file; <see cref="Value"/> fills the message's {0}.
/// </summary>
public sealed record ImportProblem(int Line, string? Column, string Code, string? Value = null);

/// <summary>Codes of the problems an import reports; the app translates them.</summary>
public static class ImportProblems
{
    /// <summary>The file is fine but has warnings nobody confirmed reading yet: nothing is imported.</summary>
    public const string WarningsToConfirm = "import.warningsToConfirm";

    /// <summary>The file is no text the import reads: UTF-16 without its byte-order mark, a workbook, marked UTF-8 that is not.</summary>
    public const string Encoding = "import.encoding";

    /// <summary>No header, or a header without any row.</summary>
    public const string Empty = "import.empty";

    /// <summary>Value: the canonical name of the missing column.</summary>
    public const string MissingColumn = "import.missingColumn";

    /// <summary>Two headers name the same column. Value: the canonical name.</summary>
    public const string DuplicateColumn = "import.duplicateColumn";

    public const string Required = "import.required";

    /// <summary>Value: the organisation type as written.</summary>
    public const string BadType = "import.badType";

    /// <summary>Value: the listing type as written.</summary>
    public const string BadKind = "import.badKind";

    /// <summary>Value: the category as written.</summary>
    public const string UnknownCategory = "import.unknownCategory";

    /// <summary>Value: the maximum length.</summary>
    public const string TooLong = "import.tooLong";

    /// <summary>A column the import does not know and leaves out (a warning). Value: the header as written.</summary>
    public const string UnknownColumn = "import.unknownColumn";

    /// <summary>Value: the maximum number of rows.</summary>
    public const string TooManyRows = "import.tooManyRows";

    /// <summary>A later row gives another value for the same organisation. Value: the value kept (from its first row).</summary>
    public const string Conflict = "import.conflict";

    /// <summary>Value: the line where the same listing first appears.</summary>
    public const string DuplicateListing = "import.duplicateListing";

    /// <summary>A line with more cells than an import reads; the file is read no further. Value: the maximum.</summary>
    public const string TooManyColumns = "import.tooManyColumns";

    /// <summary>A line longer than an import reads; the file is read no further. Value: the maximum number of characters.</summary>
    public const string LineTooLong = "import.lineTooLong";

    /// <summary>Unclosed quotes, or more cells than headers (an unquoted separator inside a value).</summary>
    public const string BadCsv = "import.badCsv";

    /// <summary>Reported by the caller, which knows the event's organisations: a new organisation without a type.</summary>
    public const string UnknownOrganization = "import.unknownOrganization";
}
