using System.Collections.Frozen;

namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// How many people a listing speaks of: "een zeventigtal mensen", "pour 10 à 12 personnes", "80 vaste zitplaatsen",
/// "une soixantaine de membres". A room for thirty does not answer a request for seventy, whatever words they share;
/// a facilitator reads the figures before the words, and so does the engine (for rooms and vehicles).
/// </summary>
public static class PeopleCount
{
    // Words between a figure and the people it counts: "80 vaste zitplaatsen", "une soixantaine de membres".
    private const int MaxGap = 3;

    // The largest figure read: a listing that speaks of "mille clients" speaks of an audience, not of a room.
    private const int Max = 5000;

    /// <summary>The largest number of people a title and its description speak of, or null when they name none.</summary>
    public static int? Find(IReadOnlyList<TextAnalysis.Token> title, IReadOnlyList<TextAnalysis.Token> description) =>
        Find(title) is { } inTitle ? Math.Max(inTitle, Find(description) ?? 0) : Find(description);

    private static int? Find(IReadOnlyList<TextAnalysis.Token> tokens)
    {
        int? most = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!People.Contains(TextAnalysis.Fold(tokens[i].Text)))
            {
                continue;
            }
            // The nearest figure before the people: "10 à 12 personnes" holds up to twelve.
            for (var j = i - 1; j >= 0 && j >= i - MaxGap; j--)
            {
                if (Number(tokens[j].Text) is { } n)
                {
                    most = Math.Max(most ?? 0, n);
                    break;
                }
            }
        }
        return most;
    }

    /// <summary>A figure written in digits or in words of French, Dutch or English ("twintig", "dizaine", "zeventigtal").</summary>
    public static int? Number(string token)
    {
        if (token.Length is > 0 and <= 4 && token.All(char.IsAsciiDigit))
        {
            var n = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            return n is > 0 and <= Max ? n : null;
        }
        var word = TextAnalysis.Fold(token);
        if (Words.TryGetValue(word, out var value))
        {
            return value;
        }
        // "zeventigtal", "tiental": about so many, in Dutch.
        if (word.EndsWith("tal", StringComparison.Ordinal) && Words.TryGetValue(word[..^3], out value) && value >= 10)
        {
            return value;
        }
        return null;
    }

    private static readonly FrozenSet<string> People = FrozenSet.ToFrozenSet(
    [
        "personnes", "gens", "participants", "participantes", "membres", "invites", "convives", "visiteurs", "eleves", "enfants",
        "jeunes", "joueurs", "residents", "passagers", "places", "benevoles", "adultes", "seniors", "aines", "spectateurs",
        "personen", "mensen", "deelnemers", "leden", "gasten", "bezoekers", "leerlingen", "kinderen", "jongeren", "spelers",
        "bewoners", "passagiers", "zitplaatsen", "plaatsen", "vrijwilligers", "volwassenen", "senioren", "ouderen", "toeschouwers",
        "people", "persons", "participants", "members", "guests", "visitors", "pupils", "children", "players", "residents",
        "passengers", "seats", "volunteers", "adults", "seniors", "attendees",
    ]);

    // Not "onze" (11 in French, "our" in Dutch) nor "ten" (10 in English, "ten laatste" in Dutch).
    private static readonly FrozenDictionary<string, int> Words = (((string Word, int Value)[])
    [
        ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10),
        ("douze", 12), ("quinze", 15), ("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
        ("septante", 70), ("nonante", 90), ("cent", 100), ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15),
        ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100),
        ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6), ("zeven", 7), ("acht", 8), ("negen", 9), ("tien", 10),
        ("elf", 11), ("twaalf", 12), ("vijftien", 15), ("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50),
        ("zestig", 60), ("zeventig", 70), ("tachtig", 80), ("negentig", 90), ("honderd", 100), ("two", 2), ("three", 3),
        ("four", 4), ("five", 5), ("seven", 7), ("eight", 8), ("nine", 9), ("eleven", 11), ("twelve", 12), ("dozen", 12),
        ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90), ("hundred", 100)
    ]).ToFrozenDictionary(w => w.Word, w => w.Value);
}
