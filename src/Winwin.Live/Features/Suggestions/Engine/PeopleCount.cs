using System.Collections.Frozen;

namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// How many people a listing speaks of: "een zeventigtal mensen", "pour 10 à 12 personnes", "80 vaste zitplaatsen",
/// "une soixantaine de membres". A room for thirty does not answer a request for seventy, whatever words they share;
/// a facilitator reads the figures before the words, and so does the engine (for rooms and vehicles). A wrong figure
/// costs more than a missing one (it marks a good room too small), so only a figure just before the people it counts
/// is read, never a year, an hour, an age or a surface.
/// </summary>
public static class PeopleCount
{
    // Words between a figure and the people it counts: "80 vaste zitplaatsen", "une soixantaine de membres".
    private const int MaxGap = 3;

    // Above, a figure is an audience ("2000 klanten"), a year or a postcode, not a room.
    private const int Max = 1000;

    /// <summary>
    /// The number of people a listing speaks of, or null when it names none: the title's figure when it has one (the
    /// title says what is asked or offered; a description also speaks of the organisation), else the description's
    /// largest ("10 à 12 personnes" holds twelve).
    /// </summary>
    public static int? Find(IReadOnlyList<TextAnalysis.Token> title, IReadOnlyList<TextAnalysis.Token> description, TextLanguage language) =>
        // A car park's places are for cars.
        title.Any(t => CarPark.Contains(TextAnalysis.Fold(t.Text))) ? null : Find(title, language) ?? Find(description, language);

    private static readonly FrozenSet<string> CarPark =
        FrozenSet.ToFrozenSet(["parking", "parkings", "parkeerplaats", "parkeerplaatsen", "parkeerterrein", "parkeergarage", "carpark"]);

    private static int? Find(IReadOnlyList<TextAnalysis.Token> tokens, TextLanguage language)
    {
        int? most = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!People.Contains(TextAnalysis.Fold(tokens[i].Text)))
            {
                continue;
            }
            for (var j = i - 1; j >= 0 && j >= i - MaxGap; j--)
            {
                if (Number(tokens[j].Text, language) is null)
                {
                    continue;
                }
                // "à 18 h, enfants", "12-jarige kinderen", "8-12 year old children": a time or an age, not a group.
                if (j + 1 < i && Units.Contains(TextAnalysis.Fold(tokens[j + 1].Text)))
                {
                    break;
                }
                if (Figure(tokens, j, language) is { } n)
                {
                    most = Math.Max(most ?? 0, n);
                }
                break;
            }
        }
        return most;
    }

    /// <summary>
    /// The figure that ends at token <paramref name="end"/>, with the number words just before it: "quatre-vingts" is
    /// eighty, "soixante-dix" seventy, "cent cinquante" a hundred and fifty, "twenty-five" twenty-five. Two groups of
    /// digits side by side ("1 200") are not read: the figure is then too uncertain.
    /// </summary>
    private static int? Figure(IReadOnlyList<TextAnalysis.Token> tokens, int end, TextLanguage language)
    {
        var start = end;
        while (start > 0 && Number(tokens[start - 1].Text, language) is not null)
        {
            start--;
        }
        var value = 0;
        var digits = false;
        for (var k = start; k <= end; k++)
        {
            var token = tokens[k].Text;
            var n = Number(token, language)!.Value;
            var isDigits = token.All(char.IsAsciiDigit);
            if (k > start && (isDigits || digits))
            {
                return null;
            }
            digits = isDigits;
            value = k == start ? n : n > value ? value * n : value + n;
        }
        return value is > 0 and <= Max ? value : null;
    }

    /// <summary>A figure written in digits or in number words of the text's language ("twintig", "dizaine", "zeventigtal").</summary>
    public static int? Number(string token, TextLanguage language)
    {
        if (token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit))
        {
            return int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        }
        var word = TextAnalysis.Fold(token);
        foreach (var words in WordsOf(language))
        {
            if (words.TryGetValue(word, out var value))
            {
                return value;
            }
        }
        return language is TextLanguage.Dutch or TextLanguage.Unknown ? Dutch(word) : null;
    }

    private static IEnumerable<FrozenDictionary<string, int>> WordsOf(TextLanguage language) => language switch
    {
        TextLanguage.French => [FrenchWords],
        TextLanguage.Dutch => [DutchWords],
        TextLanguage.English => [EnglishWords],
        _ => [FrenchWords, DutchWords, EnglishWords],
    };

    /// <summary>
    /// Dutch writes its numbers as one word: "vijfentwintig" (five and twenty), "zeventigtal" (about seventy);
    /// not "elftal", which is a football team.
    /// </summary>
    private static int? Dutch(string word)
    {
        if (word.EndsWith("tal", StringComparison.Ordinal) && DutchWords.TryGetValue(word[..^3], out var about) && about % 10 == 0)
        {
            return about;
        }
        var and = word.IndexOf("en", StringComparison.Ordinal);
        while (and > 0)
        {
            if (DutchWords.TryGetValue(word[..and], out var unit) && unit < 10
                && DutchWords.TryGetValue(word[(and + 2)..], out var tens) && tens is >= 20 and < 100 && tens % 10 == 0)
            {
                return tens + unit;
            }
            and = word.IndexOf("en", and + 1, StringComparison.Ordinal);
        }
        return null;
    }

    // What a figure measures when it is not people: hours, ages, surfaces, money.
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
    [
        "h", "u", "uur", "heure", "heures", "hour", "hours", "min", "minutes", "minuten", "ans", "an", "jaar", "jarige", "jarigen",
        "year", "years", "old", "m", "m2", "m²", "m3", "m³", "km", "eur", "euro", "euros", "€", "jours", "dagen", "days", "kg",
    ]);

    private static readonly FrozenSet<string> People = FrozenSet.ToFrozenSet(
    [
        "personnes", "pers", "gens", "participants", "participantes", "membres", "invites", "convives", "visiteurs", "eleves",
        "enfants", "jeunes", "etudiants", "joueurs", "residents", "passagers", "places", "sieges", "couverts", "benevoles",
        "adultes", "seniors", "aines", "spectateurs", "collaborateurs", "employes", "locataires", "parents", "musiciens", "danseurs",
        "scouts", "rhetos", "apprenants",
        "personen", "mensen", "deelnemers", "leden", "gasten", "bezoekers", "leerlingen", "kinderen", "jongeren", "studenten",
        "spelers", "bewoners", "passagiers", "zitplaatsen", "plaatsen", "vrijwilligers", "volwassenen", "senioren", "ouderen",
        "toeschouwers", "medewerkers", "werknemers", "huurders", "ouders", "muzikanten", "dansers",
        "toehoorders", "spelertjes", "kindjes",
        "people", "persons", "members", "guests", "visitors", "pupils", "children", "students", "players", "residents",
        "passengers", "seats", "volunteers", "adults", "attendees", "employees", "tenants", "parents", "musicians", "dancers",
    ]);

    // Not "onze" (eleven in French, "our" in Dutch) nor "neuf" (also "new"). "Quarantaine" is also a quarantine, and
    // kept: "une quarantaine de personnes" is far more common at a bourse.
    private static readonly FrozenDictionary<string, int> FrenchWords = (((string Word, int Value)[])
    [
        ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8), ("dix", 10), ("douze", 12),
        ("quinze", 15), ("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
        ("septante", 70), ("nonante", 90), ("cent", 100), ("cents", 100), ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15),
        ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100),
    ]).ToFrozenDictionary(w => w.Word, w => w.Value);

    private static readonly FrozenDictionary<string, int> DutchWords = (((string Word, int Value)[])
    [
        ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6), ("zeven", 7), ("acht", 8), ("negen", 9), ("tien", 10),
        ("elf", 11), ("twaalf", 12), ("vijftien", 15), ("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50),
        ("zestig", 60), ("zeventig", 70), ("tachtig", 80), ("negentig", 90), ("honderd", 100),
    ]).ToFrozenDictionary(w => w.Word, w => w.Value);

    private static readonly FrozenDictionary<string, int> EnglishWords = (((string Word, int Value)[])
    [
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
        ("twelve", 12), ("dozen", 12), ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100),
    ]).ToFrozenDictionary(w => w.Word, w => w.Value);
}
