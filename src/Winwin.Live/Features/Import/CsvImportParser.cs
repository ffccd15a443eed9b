using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using Winwin.Data;

namespace Winwin.Live.Features.Import;

/// <summary>
/// Reads a coordinator's spreadsheet of organisations and their offers and requests (one row per listing, or a row
/// with only the organisation) into a preview. Pure: the caller matches the result with the event's organisations.
/// </summary>
public sealed class CsvImportParser
{
    public const int MaxRows = 20_000;

    /// <summary>Cells one line may have: a sign-up form's export with every question as a column fits.</summary>
    public const int MaxColumns = 200;

    /// <summary>Characters one line (one spreadsheet row, quoted line breaks included) may have.</summary>
    public const int MaxLineLength = 65_536;

    private enum Column
    {
        Organisation,
        OrganisationType,
        Sector,
        Table,
        ContactName,
        ContactEmail,
        ContactPhone,
        ListingType,
        Category,
        Title,
        Description,
    }

    // Aliases are compared as TextKey.NameKey: "Type d'annonce", "type_annonce" and "TYPE-ANNONCE" are one header.
    private static readonly ColumnSpec[] Columns =
    [
        new(Column.Organisation, "organisation", Organization.NameMaxLength,
            ["organisation", "organization", "organisatie", "nomorganisation", "nomdelorganisation", "nomdelassociation", "nomdelentreprise",
                "naamorganisatie", "organisatienaam", "naamvandeorganisatie", "organisationname", "organizationname"]),
        new(Column.OrganisationType, "organisation_type", 0,
            ["organisationtype", "organizationtype", "typeorganisation", "typedorganisation", "typeorganization", "typeorganisatie",
                "organisatietype", "soortorganisatie"]),
        new(Column.Sector, "sector", Organization.SectorMaxLength, ["sector", "secteur"]),
        new(Column.Table, "table", Organization.TableMaxLength,
            ["table", "tablenumber", "tableno", "numerotable", "numerodetable", "ndetable", "notable", "tafel", "tafelnummer", "tafelnr", "stand", "standnummer"]),
        // The contact's columns as spreadsheets and form tools usually title them, in French, Dutch and English.
        new(Column.ContactName, "contact_name", Organization.ContactMaxLength,
            ["contactname", "contact", "contactnom", "nomcontact", "nomducontact", "personnedecontact", "nomdelapersonnedecontact", "contactpersonne",
                "responsable", "contactpersoon", "contactnaam", "naamcontactpersoon", "naamcontact", "contactperson", "contactpersonname", "namecontact"]),
        new(Column.ContactEmail, "contact_email", Organization.ContactMaxLength,
            ["contactemail", "email", "mail", "courriel", "contactcourriel", "emailcontact", "contactmail", "emailducontact", "courrielducontact",
                "adresseemail", "adressemail", "adressecourriel", "emaildelapersonnedecontact", "emailadres", "emailadrescontactpersoon",
                "emailcontactpersoon", "mailadres", "contactemailaddress", "emailaddress", "contactpersonemail"]),
        new(Column.ContactPhone, "contact_phone", Organization.PhoneMaxLength,
            ["contactphone", "phone", "telephone", "contacttelephone", "tel", "gsm", "telefoon", "contacttelefoon", "telephoneducontact",
                "telducontact", "gsmducontact", "telephonecontact", "numerodetelephone", "portable", "mobile", "telefoonnummer",
                "telefooncontactpersoon", "gsmnummer", "phonenumber", "contactphonenumber", "mobilephone", "contactpersonphone"]),
        new(Column.ListingType, "listing_type", 0, ["listingtype", "type", "kind", "typeannonce", "typedannonce", "soort"]),
        new(Column.Category, "category", 0, ["category", "categorie"]),
        new(Column.Title, "title", Listing.TitleMaxLength, ["title", "titre", "titel"]),
        new(Column.Description, "description", Listing.DescriptionMaxLength, ["description", "omschrijving", "beschrijving"]),
    ];

    private static readonly Column[] ListingColumns = [Column.ListingType, Column.Category, Column.Title, Column.Description];
    private static readonly Column[] RequiredListingColumns = [Column.ListingType, Column.Category, Column.Title];

    private static readonly Dictionary<string, Column> HeaderAliases = Columns
        .SelectMany(spec => spec.Aliases.Select(alias => (alias, spec.Column)))
        .ToDictionary(a => a.alias, a => a.Column, StringComparer.Ordinal);

    private static readonly Dictionary<string, OrganizationKind> OrganizationKinds = new(StringComparer.Ordinal)
    {
        ["company"] = OrganizationKind.Company,
        ["entreprise"] = OrganizationKind.Company,
        ["societe"] = OrganizationKind.Company,
        ["bedrijf"] = OrganizationKind.Company,
        ["onderneming"] = OrganizationKind.Company,
        ["association"] = OrganizationKind.Association,
        ["asbl"] = OrganizationKind.Association,
        ["vzw"] = OrganizationKind.Association,
        ["vereniging"] = OrganizationKind.Association,
    };

    private static readonly Dictionary<string, ListingKind> ListingKinds = new(StringComparer.Ordinal)
    {
        ["offer"] = ListingKind.Offer,
        ["offre"] = ListingKind.Offer,
        ["aanbod"] = ListingKind.Offer,
        ["request"] = ListingKind.Request,
        ["demande"] = ListingKind.Request,
        ["vraag"] = ListingKind.Request,
    };

    public static IEnumerable<string> CanonicalColumns => Columns.Select(c => c.Name);

    /// <summary>The downloadable template: English headers (accepted in any language), two French example rows.</summary>
    public static string Template() =>
        string.Join(';', CanonicalColumns) + "\r\n"
        + "Imprimerie Gilson;entreprise;Imprimerie;12;Marie Gilson;marie.gilson@example.org;0470 12 34 56;offre;Matériel;500 affiches A3;Impression couleur, à retirer à l'atelier\r\n"
        + "Les Petits Débrouillards;asbl;Éducation;7;Paul Lambert;paul.lambert@example.org;;demande;Transport;Une camionnette pour un samedi;Pour déménager notre local, région de Namur\r\n";

    /// <param name="csv">
    /// The file as uploaded, comma or semicolon separated: UTF-8 with or without BOM, UTF-16 with its BOM, or Windows-1252
    /// (Excel's "CSV" on a French or Dutch Windows).
    /// </param>
    /// <param name="categories">
    /// How the event's categories can be written in the file (keys and labels in FR/NL/EN) to the category id;
    /// matched ignoring case, accents and surrounding spaces.
    /// </param>
    public static ImportPreview Parse(Stream csv, IReadOnlyDictionary<string, int> categories)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(categories);

        if (!TryDecode(csv, out var text, out var badLine))
        {
            return new ImportPreview([], [], [new ImportProblem(badLine, null, ImportProblems.Encoding)]);
        }
        var run = new ImportRun(categories);
        run.Read(text);
        return run.ToPreview();
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// The file's text. A byte-order mark says UTF-8 or UTF-16 (little or big endian); without one, bytes that are valid
    /// UTF-8 are UTF-8, and any others are Windows-1252, as Excel writes "CSV" on a French or Dutch Windows. Strict UTF-8
    /// first, so that "é" is never read as "Ã©". A null character is in no text file: UTF-16 without its mark, or a
    /// spreadsheet saved as .xlsx, is refused by name (<paramref name="badLine"/>: the line it shows on).
    /// </summary>
    private static bool TryDecode(Stream csv, out string text, out int badLine)
    {
        // The caller's buffer when it has one: a 10 MB file is not copied once more.
        ArraySegment<byte> segment;
        if (csv is not MemoryStream memory || !memory.TryGetBuffer(out segment))
        {
            using var copy = new MemoryStream();
            csv.CopyTo(copy);
            segment = new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
        }
        else
        {
            segment = segment[(int)memory.Position..];
        }
        ReadOnlySpan<byte> bytes = segment;
        text = "";
        badLine = 0;
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                var bigEndian = bytes[0] == 0xFE;
                text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            else
            {
                var marked = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                bytes = marked ? bytes[3..] : bytes;
                if (bytes.IndexOf((byte)0) is var nul and >= 0)
                {
                    badLine = 1 + bytes[..nul].Count((byte)'\n');
                    return false;
                }
                if (Utf8.IsValid(bytes))
                {
                    text = Encoding.UTF8.GetString(bytes);
                }
                else if (!marked)
                {
                    text = Windows1252.GetString(bytes);
                }
                else
                {
                    // Marked UTF-8 that is not: say where, rather than guess.
                    badLine = LineOfFirstInvalidUtf8(bytes);
                    return false;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // UTF-16 with a broken pair or an odd number of bytes, or UTF-8 after its mark that is not.
            badLine = 1;
            return false;
        }
        if (text.IndexOf('\0', StringComparison.Ordinal) is var nulChar and >= 0)
        {
            badLine = 1 + text.AsSpan(0, nulChar).Count('\n');
            text = "";
            return false;
        }
        return true;
    }

    private static int LineOfFirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        while (!bytes.IsEmpty && Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == OperationStatus.Done)
        {
            line += rune.Value == '\n' ? 1 : 0;
            bytes = bytes[consumed..];
        }
        return line;
    }

    /// <summary>Belgian Excel writes semicolons, most other tools commas: the header line says which.</summary>
    private static string DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        var content = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c == '\n' && content)
                {
                    break;
                }
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                content |= !char.IsWhiteSpace(c);
            }
        }
        return semicolons > commas ? ";" : ",";
    }

    /// <summary>Columns the listings export writes that an import reads past on purpose.</summary>
    private static readonly HashSet<string> ExportOnlyColumns = [.. new[] { "status", "statut" }.Select(h => ToKey(h)!)];

    private static string? ToKey(string text)
    {
        var key = TextKey.NameKey(text);
        return key.Length > 0 ? key : null;
    }

    private static string FoldText(string text) => TextKey.Words(text);

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string PhoneDigits(string phone) => string.Concat(phone.Where(c => char.IsAsciiDigit(c) || c == '+'));

    private sealed record ColumnSpec(Column Column, string Name, int MaxLength, string[] Aliases);

    /// <summary>The state of one parse: header positions, organisations so far, problems.</summary>
    private sealed class ImportRun
    {
        private readonly Dictionary<string, int> _categories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, OrganizationDraft> _organizations = new(StringComparer.Ordinal);
        private readonly List<OrganizationDraft> _organizationOrder = [];
        private readonly List<ImportListing> _listings = [];
        private readonly Dictionary<string, int> _listingLines = new(StringComparer.Ordinal);
        private readonly List<ImportProblem> _problems = [];
        private readonly List<ImportProblem> _warnings = [];
        private readonly int[] _indexes = new int[Columns.Length];
        private string[] _header = [];

        public ImportRun(IReadOnlyDictionary<string, int> categories)
        {
            foreach (var (text, id) in categories)
            {
                _categories.TryAdd(FoldText(text), id);
            }
            Array.Fill(_indexes, -1);
        }

        public ImportPreview ToPreview() => new(
            [.. _organizationOrder.Select(o => o.ToOrganization())],
            _listings,
            _problems)
        {
            Warnings = _warnings,
            Headers = Columns.Where(c => Has(c.Column)).ToDictionary(c => c.Name, c => HeaderOf(c.Column), StringComparer.Ordinal),
        };

        public void Read(string text)
        {
            var delimiter = DetectDelimiter(text);
            if (!WithinLimits(text, delimiter[0]))
            {
                return;
            }
            var badRow = 0;
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                Delimiter = delimiter,
                DetectDelimiter = false,
                HasHeaderRecord = false,
                IgnoreBlankLines = true,
                MissingFieldFound = null,
                // A stray quote inside an unquoted value ("Le "Bon" Coin") keeps its text; a quoted value that never
                // closes swallows the following rows, so the coordinator must hear about it.
                BadDataFound = args =>
                {
                    if (args.Field.TrimStart().StartsWith('"'))
                    {
                        badRow = args.Context.Parser!.Row;
                    }
                },
            };
            using var reader = new CsvReader(new StringReader(text), config);

            if (!ReadHeader(reader))
            {
                return;
            }
            var headerLine = reader.Parser.Row;
            var rows = 0;
            while (reader.Read())
            {
                var line = reader.Parser.Row;
                var record = reader.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (++rows > MaxRows)
                {
                    Report(line, null, ImportProblems.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture));
                    return;
                }
                if (badRow == line || HasExtraCells(record))
                {
                    Report(line, null, ImportProblems.BadCsv);
                    continue;
                }
                ReadRow(record, line);
            }
            if (rows == 0)
            {
                Report(headerLine, null, ImportProblems.Empty);
            }
        }

        /// <summary>
        /// Measures every line before the CSV reader holds it whole: one line of millions of separators or characters
        /// would otherwise take hundreds of megabytes. Lines are counted as the reader counts them (a quoted line break
        /// stays in its row); the first line over a limit is reported and nothing is read. Cells left empty do not count
        /// (Excel may write hundreds of trailing separators), but they count in the line's length.
        /// </summary>
        private bool WithinLimits(string text, char delimiter)
        {
            int line = 1, length = 0, cells = 0;
            bool quoted = false, quotedBreak = false, fieldStart = true, content = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (++length > MaxLineLength)
                {
                    // An opening quote that never closes makes the rest of the file one line: that is what to fix.
                    if (quoted && quotedBreak)
                    {
                        Report(line, null, ImportProblems.BadCsv);
                    }
                    else
                    {
                        Report(line, null, ImportProblems.LineTooLong, MaxLineLength.ToString(CultureInfo.InvariantCulture));
                    }
                    return false;
                }
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        i++;
                        length++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    quotedBreak |= c is '\n' or '\r';
                    continue;
                }
                var endOfLine = c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));
                if (c == delimiter || endOfLine)
                {
                    cells += content ? 1 : 0;
                    if (cells > MaxColumns)
                    {
                        Report(line, null, ImportProblems.TooManyColumns, MaxColumns.ToString(CultureInfo.InvariantCulture));
                        return false;
                    }
                    (fieldStart, content) = (true, false);
                    if (endOfLine)
                    {
                        (line, length, cells, quotedBreak) = (line + 1, 0, 0, false);
                    }
                }
                else if (c == '"' && fieldStart)
                {
                    (quoted, fieldStart, content) = (true, false, true);
                }
                else if (c != '\r')
                {
                    fieldStart = false;
                    content |= !char.IsWhiteSpace(c);
                }
            }
            if (cells + (content ? 1 : 0) > MaxColumns)
            {
                Report(line, null, ImportProblems.TooManyColumns, MaxColumns.ToString(CultureInfo.InvariantCulture));
                return false;
            }
            return true;
        }

        private bool ReadHeader(CsvReader reader)
        {
            if (!reader.Read())
            {
                Report(1, null, ImportProblems.Empty);
                return false;
            }
            var line = reader.Parser.Row;
            _header = [.. (reader.Parser.Record ?? []).Select(h => h.Trim().TrimStart('\uFEFF').Trim())];
            for (var i = 0; i < _header.Length; i++)
            {
                var key = ToKey(_header[i]);
                if (key is null)
                {
                    continue;
                }
                if (ExportOnlyColumns.Contains(key))
                {
                    // The listings export's own status column: a file exported from one bourse imports into another
                    // without a warning, its listings starting open there.
                    continue;
                }
                if (!HeaderAliases.TryGetValue(key, out var column))
                {
                    // A column the import does not know is not imported: said before anything is written, so that a
                    // contact's e-mail under an unexpected title is not lost without a word.
                    _warnings.Add(new ImportProblem(line, _header[i], ImportProblems.UnknownColumn, _header[i]));
                    continue;
                }
                if (_indexes[(int)column] >= 0)
                {
                    Report(line, _header[i], ImportProblems.DuplicateColumn, Columns[(int)column].Name);
                    continue;
                }
                _indexes[(int)column] = i;
            }

            var missing = new List<Column>();
            if (!Has(Column.Organisation))
            {
                missing.Add(Column.Organisation);
            }
            // An organisations-only file is fine; once any listing column is there, a listing needs all three.
            if (ListingColumns.Any(Has))
            {
                missing.AddRange(RequiredListingColumns.Where(c => !Has(c)));
            }
            foreach (var column in missing)
            {
                Report(line, null, ImportProblems.MissingColumn, Columns[(int)column].Name);
            }
            return missing.Count == 0 && !_problems.Any(p => p.Code == ImportProblems.DuplicateColumn);
        }

        private bool Has(Column column) => _indexes[(int)column] >= 0;

        private bool HasExtraCells(string[] record)
        {
            for (var i = _header.Length; i < record.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(record[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private void ReadRow(string[] record, int line)
        {
            var name = Cell(record, Column.Organisation);
            var nameOk = Required(name, Column.Organisation, line) && Fits(name!, Column.Organisation, line);

            var kindText = Cell(record, Column.OrganisationType);
            OrganizationKind? kind = null;
            if (kindText is not null)
            {
                if (OrganizationKinds.TryGetValue(ToKey(kindText) ?? "", out var parsed))
                {
                    kind = parsed;
                }
                else
                {
                    Report(line, HeaderOf(Column.OrganisationType), ImportProblems.BadType, kindText);
                }
            }
            var sector = Checked(record, Column.Sector, line);
            // The organisation form's own rules, so that the file cannot hold what the form refuses.
            var table = Ruled(record, Column.Table, line, (rules, value) => rules.TableNumber("table", value, Organization.TableMaxLength));
            var contactName = Checked(record, Column.ContactName, line);
            var email = Ruled(record, Column.ContactEmail, line, (rules, value) => rules.Email("contactEmail", value, Organization.ContactMaxLength));
            var phone = Checked(record, Column.ContactPhone, line);

            var organization = nameOk
                ? Merge(new OrganizationDraft(CollapseSpaces(name!), line)
                {
                    Kind = kind,
                    KindText = kind is null ? null : kindText,
                    Sector = sector,
                    Table = table,
                    ContactName = contactName,
                    ContactEmail = email,
                    ContactPhone = phone,
                })
                : null;

            if (ListingColumns.All(c => Cell(record, c) is null))
            {
                return;
            }
            var listingKind = ParseListingKind(record, line);
            var categoryId = FindCategory(record, line);
            var title = Cell(record, Column.Title);
            var titleOk = Required(title, Column.Title, line) && Fits(title!, Column.Title, line);
            var description = Cell(record, Column.Description);
            var descriptionOk = description is null || Fits(description, Column.Description, line);

            if (organization is null || listingKind is null || categoryId is null || !titleOk || !descriptionOk)
            {
                return;
            }
            var key = $"{organization.Key}\n{listingKind}\n{FoldText(title!)}";
            if (_listingLines.TryGetValue(key, out var firstLine))
            {
                Report(line, HeaderOf(Column.Title), ImportProblems.DuplicateListing, firstLine.ToString(CultureInfo.InvariantCulture));
                return;
            }
            _listingLines.Add(key, line);
            _listings.Add(new ImportListing(organization.Name, listingKind.Value, categoryId.Value, title!, description, line));
        }

        private ListingKind? ParseListingKind(string[] record, int line)
        {
            var text = Cell(record, Column.ListingType);
            if (!Required(text, Column.ListingType, line))
            {
                return null;
            }
            if (ListingKinds.TryGetValue(ToKey(text!) ?? "", out var kind))
            {
                return kind;
            }
            Report(line, HeaderOf(Column.ListingType), ImportProblems.BadKind, text);
            return null;
        }

        private int? FindCategory(string[] record, int line)
        {
            var text = Cell(record, Column.Category);
            if (!Required(text, Column.Category, line))
            {
                return null;
            }
            if (_categories.TryGetValue(FoldText(text!), out var id))
            {
                return id;
            }
            Report(line, HeaderOf(Column.Category), ImportProblems.UnknownCategory, text);
            return null;
        }

        /// <summary>
        /// One organisation over several rows: the first row wins, later rows may fill what it left empty, and a
        /// different value is reported rather than silently dropped.
        /// </summary>
        private OrganizationDraft Merge(OrganizationDraft row)
        {
            if (!_organizations.TryGetValue(row.Key, out var kept))
            {
                _organizations.Add(row.Key, row);
                _organizationOrder.Add(row);
                return row;
            }
            if (kept.Kind is null)
            {
                (kept.Kind, kept.KindText) = (row.Kind, row.KindText);
            }
            else if (row.Kind is not null && row.Kind != kept.Kind)
            {
                Report(row.Line, HeaderOf(Column.OrganisationType), ImportProblems.Conflict, kept.KindText);
            }
            kept.Sector = Keep(kept.Sector, row.Sector, Column.Sector, row.Line, (a, b) => FoldText(a) == FoldText(b));
            kept.Table = Keep(kept.Table, row.Table, Column.Table, row.Line, (a, b) => FoldText(a) == FoldText(b));
            kept.ContactName = Keep(kept.ContactName, row.ContactName, Column.ContactName, row.Line, (a, b) => FoldText(a) == FoldText(b));
            kept.ContactEmail = Keep(kept.ContactEmail, row.ContactEmail, Column.ContactEmail, row.Line,
                (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
            kept.ContactPhone = Keep(kept.ContactPhone, row.ContactPhone, Column.ContactPhone, row.Line,
                (a, b) => PhoneDigits(a) == PhoneDigits(b));
            return kept;
        }

        private string? Keep(string? kept, string? value, Column column, int line, Func<string, string, bool> same)
        {
            if (kept is null)
            {
                return value;
            }
            if (value is not null && !same(kept, value))
            {
                Report(line, HeaderOf(column), ImportProblems.Conflict, kept);
            }
            return kept;
        }

        private string? Cell(string[] record, Column column)
        {
            var index = _indexes[(int)column];
            if (index < 0 || index >= record.Length)
            {
                return null;
            }
            var value = record[index].Trim();
            return value.Length > 0 ? value : null;
        }

        /// <summary>The cell if it fits its column, otherwise null (reported).</summary>
        private string? Checked(string[] record, Column column, int line)
        {
            var value = Cell(record, column);
            return value is null || Fits(value, column, line) ? value : null;
        }

        /// <summary>
        /// The cell if it fits its column and passes the form's rule for the same field, otherwise null: each broken rule
        /// is reported under the column as the file titles it, with the form's own message.
        /// </summary>
        private string? Ruled(string[] record, Column column, int line, Func<FieldRules, string, string?> rule)
        {
            var value = Checked(record, column, line);
            if (value is null)
            {
                return null;
            }
            var rules = new FieldRules();
            var clean = rule(rules, value);
            foreach (var error in rules.Errors)
            {
                Report(line, HeaderOf(column), error.Code, error.Argument);
            }
            return rules.IsValid ? clean : null;
        }

        private bool Required(string? value, Column column, int line)
        {
            if (value is null)
            {
                Report(line, HeaderOf(column), ImportProblems.Required);
            }
            return value is not null;
        }

        private bool Fits(string value, Column column, int line)
        {
            var max = Columns[(int)column].MaxLength;
            if (value.Length <= max)
            {
                return true;
            }
            Report(line, HeaderOf(column), ImportProblems.TooLong, max.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        private string HeaderOf(Column column) => _header[_indexes[(int)column]];

        private void Report(int line, string? column, string code, string? value = null) =>
            _problems.Add(new ImportProblem(line, column, code, value));
    }

    private sealed class OrganizationDraft(string name, int line)
    {
        public string Name { get; } = name;

        public string Key { get; } = ToKey(name) ?? FoldText(name);

        public int Line { get; } = line;

        public OrganizationKind? Kind { get; set; }

        public string? KindText { get; set; }

        public string? Sector { get; set; }

        public string? Table { get; set; }

        public string? ContactName { get; set; }

        public string? ContactEmail { get; set; }

        public string? ContactPhone { get; set; }

        public ImportOrganization ToOrganization() =>
            new(Name, Kind, Sector, Table, ContactName, ContactEmail, ContactPhone, Line);
    }
}
