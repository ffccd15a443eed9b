using System.Globalization;
using System.Text;
using Winwin.Data;
using Winwin.Live.Features.Import;

namespace Winwin.Live.Tests.Features.Import;

public class CsvImportParserTests
{
    private const int Means = 1;
    private const int Transport = 2;
    private const string Header =
        "organisation;organisation_type;sector;table;contact_name;contact_email;contact_phone;listing_type;category;title;description";

    // As the app passes them: each category's key and its label in FR, NL and EN.
    private static readonly Dictionary<string, int> Categories = new()
    {
        ["means"] = Means,
        ["Matériel"] = Means,
        ["Materiaal"] = Means,
        ["Equipment"] = Means,
        ["transport"] = Transport,
        ["Vervoer"] = Transport,
    };

    private static ImportPreview Parse(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        }
        return CsvImportParser.Parse(new MemoryStream(bytes), Categories);
    }

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    [Theory]
    [InlineData(";", false)]
    [InlineData(";", true)]
    [InlineData(",", false)]
    [InlineData(",", true)]
    public void Parse_SeparatorWithOrWithoutBom_ReadsOrganizationAndListing(string separator, bool bom)
    {
        var csv = Lines(
            Header.Replace(";", separator, StringComparison.Ordinal),
            string.Join(separator, "Imprimerie Gilson", "entreprise", "Imprimerie", "12", "Marie Gilson", "marie@gilson.be", "0470 12 34 56",
                "offre", "Matériel", "500 affiches A3", "Couleur"));

        var preview = Parse(csv, bom);

        Assert.Empty(preview.Problems);
        Assert.True(preview.CanImport);
        Assert.Equal(
            new ImportOrganization("Imprimerie Gilson", OrganizationKind.Company, "Imprimerie", "12", "Marie Gilson", "marie@gilson.be", "0470 12 34 56", 2),
            Assert.Single(preview.Organizations));
        Assert.Equal(new ImportListing("Imprimerie Gilson", ListingKind.Offer, Means, "500 affiches A3", "Couleur", 2), Assert.Single(preview.Listings));
    }

    [Fact]
    public void Parse_FrenchHeadersAndValues_MapsEveryColumn()
    {
        var csv = Lines(
            "Organisation;Type d'organisation;Secteur;Table;Nom du contact;E-mail;Téléphone;Type d'annonce;Catégorie;Titre;Description",
            "  Les Petits Débrouillards ; ASBL ;Éducation;7;Paul Lambert;paul@pd.be;081 22 33 44; Demande ; matériel ;Un vidéoprojecteur;Pour un soir");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(
            new ImportOrganization("Les Petits Débrouillards", OrganizationKind.Association, "Éducation", "7", "Paul Lambert", "paul@pd.be", "081 22 33 44", 2),
            Assert.Single(preview.Organizations));
        Assert.Equal(new ImportListing("Les Petits Débrouillards", ListingKind.Request, Means, "Un vidéoprojecteur", "Pour un soir", 2),
            Assert.Single(preview.Listings));
    }

    [Fact]
    public void Parse_DutchHeadersAndValues_MapsEveryColumn()
    {
        var csv = Lines(
            "Organisatie;Type organisatie;Sector;Tafel;Contactpersoon;E-mail;Telefoon;Soort;Categorie;Titel;Omschrijving",
            "Jeugdhuis De Klinker;vzw;Jeugdwerk;B4;An Peeters;an@klinker.be;+32 3 123 45 67;Aanbod;Vervoer;Een bestelwagen;Op zaterdag");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(
            new ImportOrganization("Jeugdhuis De Klinker", OrganizationKind.Association, "Jeugdwerk", "B4", "An Peeters", "an@klinker.be", "+32 3 123 45 67", 2),
            Assert.Single(preview.Organizations));
        Assert.Equal(new ImportListing("Jeugdhuis De Klinker", ListingKind.Offer, Transport, "Een bestelwagen", "Op zaterdag", 2),
            Assert.Single(preview.Listings));
    }

    [Fact]
    public void Parse_QuotedFieldsWithSeparatorsAndNewlines_KeepsValuesAndCountsSpreadsheetRows()
    {
        var csv = Lines(
            "organisation,organisation_type,listing_type,category,title,description",
            "\"Dupont, Fils & Cie\",company,offer,means,\"Tables, chaises\",\"Ligne un,\nligne \"\"deux\"\"\"",
            "Garage Martin,company,offer,means,Pneus,",
            "Garage Martin,company,offer,nothing,Huile,");

        var preview = Parse(csv);

        Assert.Equal(["Dupont, Fils & Cie", "Garage Martin"], preview.Organizations.Select(o => o.Name));
        var first = preview.Listings[0];
        Assert.Equal("Tables, chaises", first.Title);
        Assert.Equal("Ligne un,\nligne \"deux\"", first.Description);
        // The quoted newline stays inside one cell: the next rows are spreadsheet rows 3 and 4.
        Assert.Equal(3, preview.Listings[1].Line);
        Assert.Equal(new ImportProblem(4, "category", ImportProblems.UnknownCategory, "nothing"), Assert.Single(preview.Problems));
    }

    private static readonly string AccentsFile = Lines(
        Header,
        "Œuvres du Cœur;asbl;;;Zoë Müller;;;demande;Matériel;Tables à café (10 €);",
        "Garage Martin;entreprise;;;;;;offre;means;Pneus;");

    private static ImportPreview ParseBytes(byte[] bytes) => CsvImportParser.Parse(new MemoryStream(bytes), Categories);

    private static void AssertAccentsRead(ImportPreview preview)
    {
        Assert.Empty(preview.Problems);
        Assert.Equal(["Œuvres du Cœur", "Garage Martin"], preview.Organizations.Select(o => o.Name));
        Assert.Equal("Zoë Müller", preview.Organizations[0].ContactName);
        Assert.Equal("Tables à café (10 €)", preview.Listings[0].Title);
    }

    [Fact]
    public void Parse_Windows1252AsExcelSavesCsv_ReadWithItsAccentsEuroAndLigatures()
    {
        // Excel's "CSV (séparateur : point-virgule)" on a French or Dutch Windows: €, œ and Œ are Windows-1252's own bytes.
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(AccentsFile);
        Assert.Contains((byte)0x80, bytes);

        AssertAccentsRead(ParseBytes(bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_Utf16WithItsByteOrderMark_Read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        AssertAccentsRead(ParseBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(AccentsFile)]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_Utf16WithoutByteOrderMark_ReportedAsAnEncodingProblemOnly(bool bigEndian)
    {
        var preview = ParseBytes(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(AccentsFile));

        Assert.Equal(new ImportProblem(1, null, ImportProblems.Encoding), Assert.Single(preview.Problems));
        Assert.Empty(preview.Organizations);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void Parse_SpreadsheetSavedAsXlsx_ReportedAsAnEncodingProblem()
    {
        // The start of a zip archive, as every .xlsx begins.
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, .. Encoding.ASCII.GetBytes("[Content_Types].xml")];

        Assert.Equal(new ImportProblem(1, null, ImportProblems.Encoding), Assert.Single(ParseBytes(bytes).Problems));
    }

    [Fact]
    public void Parse_MarkedUtf8WithABadByte_ReportsEncodingOnItsLine()
    {
        var csv = Lines(Header, "Garage Martin;entreprise;;;;;;offre;means;Pneus;", "Café du Coin;entreprise;;;;;;offre;means;Chaises;");
        // UTF-8 by its mark, then a Latin-1 "é": the file says what it is, and is not.
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.Latin1.GetBytes(csv)];

        Assert.Equal(new ImportProblem(3, null, ImportProblems.Encoding), Assert.Single(ParseBytes(bytes).Problems));
    }

    [Fact]
    public void Parse_Utf16WithABrokenCharacter_ReportsEncoding()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        // A lone high surrogate, which no UTF-16 writer produces.
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Header + "\r\n"), 0x3D, 0xD8, .. encoding.GetBytes("x;y\r\n")];

        Assert.Equal(ImportProblems.Encoding, Assert.Single(ParseBytes(bytes).Problems).Code);
    }

    [Fact]
    public void Parse_ExcelsTrailingEmptyCellsOnEveryRow_ReadAsUsual()
    {
        // A sheet formatted far to the right: Excel writes every empty cell of the used range.
        var empty = new string(';', 2_000);
        var preview = Parse(Lines(Header + empty, "Garage Martin;entreprise;;;;;;offre;means;Pneus;" + empty));

        Assert.Empty(preview.Problems);
        Assert.Equal("Pneus", Assert.Single(preview.Listings).Title);
    }

    [Fact]
    public void Parse_MoreCellsThanAllowed_ReportsTheLineAndReadsNothing()
    {
        var wide = string.Join(';', Enumerable.Range(1, CsvImportParser.MaxColumns + 1).Select(i => $"c{i}"));
        var preview = Parse(Lines(Header, "Garage Martin;entreprise;;;;;;offre;means;Pneus;", wide, "Café du Coin;entreprise;;;;;;offre;means;Chaises;"));

        Assert.Equal(new ImportProblem(3, null, ImportProblems.TooManyColumns, "200"), Assert.Single(preview.Problems));
        Assert.Empty(preview.Organizations);
    }

    [Fact]
    public void Parse_LineLongerThanAllowed_ReportsTheSpreadsheetRowAndReadsNothing()
    {
        var preview = Parse(Lines(
            Header,
            "Garage Martin;entreprise;;;;;;offre;means;Pneus;\"deux\nlignes\"",
            "Café du Coin;entreprise;;;;;;offre;means;Chaises;" + new string('x', CsvImportParser.MaxLineLength)));

        // The quoted line break stays in row 2: the long row is the spreadsheet's row 3.
        Assert.Equal(new ImportProblem(3, null, ImportProblems.LineTooLong, "65536"), Assert.Single(preview.Problems));
    }

    [Fact]
    public void Parse_QuoteThatNeverClosesInALargeFile_ReportsBadCsvWhereItOpens()
    {
        var rows = Enumerable.Range(1, 2_000).Select(i => $"Organisation {i};entreprise;;;;;;offre;means;Annonce {i};");
        var preview = Parse(Lines([Header, "Garage Martin;entreprise;;;;;;offre;means;\"Pneus;", .. rows]));

        Assert.Equal(new ImportProblem(2, null, ImportProblems.BadCsv), Assert.Single(preview.Problems));
    }

    [Fact]
    public void Parse_MissingOrganisationColumn_ReportsMissingColumnAndReadsNothing()
    {
        var csv = Lines("nom;listing_type;category;title", "Garage Martin;offer;means;Pneus");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(1, null, ImportProblems.MissingColumn, "organisation"), Assert.Single(preview.Problems));
        Assert.Empty(preview.Organizations);
        Assert.Empty(preview.Listings);
    }

    [Fact]
    public void Parse_ListingColumnsWithoutCategoryAndType_ReportsEachMissingColumn()
    {
        var csv = Lines("organisation;title", "Garage Martin;Pneus");

        var preview = Parse(csv);

        Assert.Equal(
            [new ImportProblem(1, null, ImportProblems.MissingColumn, "listing_type"), new ImportProblem(1, null, ImportProblems.MissingColumn, "category")],
            preview.Problems);
    }

    [Fact]
    public void Parse_OrganisationsOnlyFile_NeedsNoListingColumns()
    {
        var csv = Lines("Organisation;Type d'organisation;Table", "Garage Martin;company;3");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(new ImportOrganization("Garage Martin", OrganizationKind.Company, null, "3", null, null, null, 2), Assert.Single(preview.Organizations));
        Assert.Empty(preview.Listings);
        Assert.True(preview.CanImport);
    }

    [Fact]
    public void Parse_UnknownCategory_ReportsLineColumnAsWrittenAndText()
    {
        var csv = Lines(
            "Organisation;Type_Organisation;Catégorie;Titre;Type",
            "Garage Martin;entreprise;means;Pneus;offre",
            "Garage Martin;entreprise;Voitures ;Dépannage;offre");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(3, "Catégorie", ImportProblems.UnknownCategory, "Voitures"), Assert.Single(preview.Problems));
        Assert.Single(preview.Listings);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void Parse_BadOrganisationType_ReportsBadTypeWithText()
    {
        var csv = Lines(Header, "Garage Martin;garage;;;;;;offer;means;Pneus;");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(2, "organisation_type", ImportProblems.BadType, "garage"), Assert.Single(preview.Problems));
    }

    [Fact]
    public void Parse_BadListingType_ReportsBadKindWithText()
    {
        var csv = Lines(Header, "Garage Martin;company;;;;;;échange;means;Pneus;");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(2, "listing_type", ImportProblems.BadKind, "échange"), Assert.Single(preview.Problems));
        Assert.Empty(preview.Listings);
    }

    [Fact]
    public void Parse_ListingWithoutTitleOrCategory_ReportsEachRequiredCell()
    {
        var csv = Lines(Header, "Garage Martin;company;;;;;;offer;;;Des pneus d'hiver", ";company;;;;;;offer;means;Pneus;");

        var preview = Parse(csv);

        Assert.Equal(
            [
                new ImportProblem(2, "category", ImportProblems.Required),
                new ImportProblem(2, "title", ImportProblems.Required),
                new ImportProblem(3, "organisation", ImportProblems.Required),
            ],
            preview.Problems);
    }

    [Fact]
    public void Parse_EmptyLinesAndEmptySpreadsheetRows_SkippedWithLinesStillCounted()
    {
        var csv = Lines(Header, "", "Garage Martin;company;;;;;;offer;means;Pneus;", ";;;;;;;;;;", "   ", "Garage Martin;company;;;;;;offer;means;Huile;");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Single(preview.Organizations);
        Assert.Equal([3, 6], preview.Listings.Select(l => l.Line));
    }

    [Fact]
    public void Parse_OrganisationOnlyRow_RegistersOrganisationWithoutListing()
    {
        var csv = Lines(Header, "Garage Martin;company;Automobile;4;Luc Martin;;;;;;", "Imprimerie Gilson;;;;;;;offre;means;Affiches;");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(["Garage Martin", "Imprimerie Gilson"], preview.Organizations.Select(o => o.Name));
        Assert.Equal("Imprimerie Gilson", Assert.Single(preview.Listings).OrganizationName);
        // No type given: the caller decides whether the organisation already exists in the event.
        Assert.Null(preview.Organizations[1].Kind);
    }

    [Fact]
    public void Parse_SameOrganisationOnSeveralRows_MergedIntoOneWithAllItsListings()
    {
        var csv = Lines(
            Header,
            "Les Petits Débrouillards;asbl;;7;;;;offre;means;Animation;",
            "les petits  debrouillards;;Éducation;;Paul Lambert;;;demande;transport;Camionnette;",
            "LES PETITS DÉBROUILLARDS;association;;7;;;;demande;means;Tables;");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(
            new ImportOrganization("Les Petits Débrouillards", OrganizationKind.Association, "Éducation", "7", "Paul Lambert", null, null, 2),
            Assert.Single(preview.Organizations));
        Assert.Equal(["Animation", "Camionnette", "Tables"], preview.Listings.Select(l => l.Title));
        Assert.All(preview.Listings, l => Assert.Equal("Les Petits Débrouillards", l.OrganizationName));
    }

    [Fact]
    public void Parse_ConflictingTableAndTypeForOneOrganisation_ReportsConflictsOnLaterRows()
    {
        var csv = Lines(
            "Organisation;Type_Organisation;Tafel;Titel;Soort;Categorie",
            "Garage Martin;bedrijf;12;Pneus;aanbod;means",
            "Garage Martin;bedrijf;14;Huile;aanbod;means",
            "Garage Martin;vzw;12;Outils;aanbod;means");

        var preview = Parse(csv);

        Assert.Equal(
            [new ImportProblem(3, "Tafel", ImportProblems.Conflict, "12"), new ImportProblem(4, "Type_Organisation", ImportProblems.Conflict, "bedrijf")],
            preview.Problems);
        Assert.Equal("12", Assert.Single(preview.Organizations).Table);
    }

    [Fact]
    public void Parse_SameListingTwice_ReportsDuplicateWithFirstLine()
    {
        var csv = Lines(Header, "Garage Martin;company;;;;;;offer;means;Pneus d'hiver;", "garage martin;company;;;;;;offre;means;pneus  d'hiver;");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(3, "title", ImportProblems.DuplicateListing, "2"), Assert.Single(preview.Problems));
        Assert.Single(preview.Listings);
    }

    [Fact]
    public void Parse_TooLongTitleAndTable_ReportsMaxLengths()
    {
        var title = new string('a', 151);
        var csv = Lines(Header, $"Garage Martin;company;;Table 12 du fond;;;;offer;means;{title};", $"Garage Martin;company;;;;;;offer;means;{title[..150]};");

        var preview = Parse(csv);

        Assert.Equal(
            [new ImportProblem(2, "table", ImportProblems.TooLong, "10"), new ImportProblem(2, "title", ImportProblems.TooLong, "150")],
            preview.Problems);
        Assert.Equal(3, Assert.Single(preview.Listings).Line);
    }

    [Fact]
    public void Parse_BadEmail_RefusedWithTheFormsRuleAndAddressAsWritten()
    {
        var csv = Lines(Header, "Garage Martin;company;;;;luc.martin@garage;;;;;", "Imprimerie Gilson;company;;;;a@b.be, c@d.be;;;;;",
            "Café du Coin;company;;;;marc@;;;;;");

        var preview = Parse(csv);

        Assert.Equal(
            [
                new ImportProblem(2, "contact_email", DomainErrors.BadEmail, "luc.martin@garage"),
                new ImportProblem(3, "contact_email", DomainErrors.BadEmail, "a@b.be, c@d.be"),
                new ImportProblem(4, "contact_email", DomainErrors.BadEmail, "marc@"),
            ],
            preview.Problems);
        Assert.False(preview.CanImport);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("?")]
    [InlineData("12#")]
    public void Parse_TableThatIsNoNumber_RefusedLikeTheOrganisationForm(string table)
    {
        var csv = Lines("Organisation;Numéro de table", $"Garage Martin;{table}");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(2, "Numéro de table", DomainErrors.BadTable, table), Assert.Single(preview.Problems));
        var rules = new FieldRules();
        rules.TableNumber("table", table, Organization.TableMaxLength);
        Assert.Equal(DomainErrors.BadTable, Assert.Single(rules.Errors).Code);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("B4")]
    [InlineData("12 bis")]
    [InlineData("Stand 7")]
    public void Parse_TableNumbersAsWrittenOnTheFloor_Accepted(string table)
    {
        var preview = Parse(Lines("organisation;table", $"Garage Martin;{table}"));

        Assert.Empty(preview.Problems);
        Assert.Equal(table, Assert.Single(preview.Organizations).Table);
    }

    [Theory]
    [InlineData("Nom de l'organisation", "Personne de contact", "E-mail du contact", "Téléphone du contact")]
    [InlineData("Organisatie", "Contactpersoon", "E-mailadres", "Telefoonnummer")]
    [InlineData("Organization", "Contact person", "Contact e-mail", "Phone")]
    [InlineData("Organisation", "Nom du contact", "Adresse e-mail", "GSM")]
    public void Parse_ContactColumnsUnderTheirUsualNames_ContactKept(string organisation, string name, string email, string phone)
    {
        var csv = Lines($"{organisation};{name};{email};{phone}", "Garage Martin;Luc Martin;luc@garage-martin.be;0470 12 34 56");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Empty(preview.Warnings);
        var garage = Assert.Single(preview.Organizations);
        Assert.Equal(("Luc Martin", "luc@garage-martin.be", "0470 12 34 56"), (garage.ContactName, garage.ContactEmail, garage.ContactPhone));
    }

    [Fact]
    public void Parse_UnknownColumn_WarnedUnderItsOwnTitleAndNotAProblem()
    {
        var csv = Lines("Organisation;Remarques internes;Contact e-mail", "Garage Martin;rappeler lundi;luc@garage-martin.be");

        var preview = Parse(csv);

        Assert.Empty(preview.Problems);
        Assert.Equal(new ImportProblem(1, "Remarques internes", ImportProblems.UnknownColumn, "Remarques internes"), Assert.Single(preview.Warnings));
        Assert.Equal("luc@garage-martin.be", Assert.Single(preview.Organizations).ContactEmail);
    }

    [Fact]
    public void Parse_UnclosedQuote_ReportsBadCsvOnTheRowWhereItOpens()
    {
        var csv = Lines(Header, "Garage Martin;company;;;;;;offer;means;Pneus;", "Imprimerie Gilson;company;;;;;;offer;means;\"Affiches A3;", "Café du Coin;company;;;;;;offer;means;Chaises;");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(3, null, ImportProblems.BadCsv), Assert.Single(preview.Problems));
    }

    [Fact]
    public void Parse_UnquotedSeparatorInsideValue_ReportsBadCsvInsteadOfShiftedColumns()
    {
        var csv = Lines(
            "organisation,organisation_type,listing_type,category,title",
            "Dupont, Fils et Cie,company,offer,means,Tables",
            "Garage Martin,company,offer,means,Pneus");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(2, null, ImportProblems.BadCsv), Assert.Single(preview.Problems));
        Assert.Equal("Garage Martin", Assert.Single(preview.Organizations).Name);
    }

    [Fact]
    public void Parse_TwoHeadersForOneColumn_ReportsDuplicateColumn()
    {
        var csv = Lines("organisation;email;contact_email", "Garage Martin;a@b.be;c@d.be");

        var preview = Parse(csv);

        Assert.Equal(new ImportProblem(1, "contact_email", ImportProblems.DuplicateColumn, "contact_email"), Assert.Single(preview.Problems));
    }

    [Fact]
    public void Parse_FiveThousandRows_ParsesEveryRowWithoutProblems()
    {
        var builder = new StringBuilder(Header).Append("\r\n");
        for (var i = 0; i < 5_000; i++)
        {
            // 1,000 organisations with five listings each, alternating offers and requests.
            var org = i / 5;
            builder.Append(CultureInfo.InvariantCulture,
                $"Organisation {org};{(org % 2 == 0 ? "asbl" : "entreprise")};Secteur;{org};Contact {org};contact{org}@example.org;0470 00 00 00;")
                .Append(CultureInfo.InvariantCulture, $"{(i % 2 == 0 ? "offre" : "demande")};{(i % 3 == 0 ? "Matériel" : "transport")};Annonce {i};\"Description; numéro {i}\"\r\n");
        }

        var preview = Parse(builder.ToString());

        Assert.Empty(preview.Problems);
        Assert.Equal(1_000, preview.Organizations.Count);
        Assert.Equal(5_000, preview.Listings.Count);
        Assert.Equal(5_001, preview.Listings[^1].Line);
        Assert.Equal("Description; numéro 4999", preview.Listings[^1].Description);
    }

    [Fact]
    public void Parse_MoreRowsThanAllowed_ReportsTooManyRows()
    {
        var builder = new StringBuilder("organisation\n");
        for (var i = 0; i <= CsvImportParser.MaxRows; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"Organisation {i}\n");
        }

        var preview = Parse(builder.ToString());

        Assert.Equal(new ImportProblem(CsvImportParser.MaxRows + 2, null, ImportProblems.TooManyRows, "20000"), Assert.Single(preview.Problems));
        Assert.False(preview.CanImport);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public void Parse_EmptyFile_ReportsEmpty(string text)
    {
        var preview = Parse(text, bom: true);

        Assert.Equal(new ImportProblem(1, null, ImportProblems.Empty), Assert.Single(preview.Problems));
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void Parse_HeaderOnly_ReportsEmpty()
    {
        var preview = Parse(Lines(Header, ";;;;;;;;;;"));

        Assert.Equal(new ImportProblem(1, null, ImportProblems.Empty), Assert.Single(preview.Problems));
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void Template_ParsedBack_ExampleRowsImportWithoutProblems()
    {
        var template = CsvImportParser.Template();

        var preview = Parse(template);

        Assert.StartsWith(string.Join(';', CsvImportParser.CanonicalColumns) + "\r\n", template, StringComparison.Ordinal);
        Assert.Empty(preview.Problems);
        Assert.Equal([OrganizationKind.Company, OrganizationKind.Association], preview.Organizations.Select(o => o.Kind));
        Assert.Equal([(ListingKind.Offer, Means), (ListingKind.Request, Transport)], preview.Listings.Select(l => (l.Kind, l.CategoryId)));
    }

    [Fact]
    public void CanonicalColumns_InFileOrder_EnglishNames()
    {
        Assert.Equal(
            ["organisation", "organisation_type", "sector", "table", "contact_name", "contact_email", "contact_phone", "listing_type", "category", "title", "description"],
            CsvImportParser.CanonicalColumns);
    }
}
