using Winwin.Data;
using Winwin.Live.Features.Suggestions.Engine;

namespace Winwin.Suggestions.Benchmarks;

/// <summary>
/// A made-up event of any size: five listings per organisation, half offers and half requests,
/// titles and descriptions drawn from exchange vocabulary in French, Dutch and English, plus a long
/// tail of other content words (made-up syllable words, drawn with a skewed, Zipf-like frequency
/// as in real text) so that a bigger event also speaks of more different things; a third of them
/// name a number of people.
/// </summary>
public static class GeneratedEvent
{
    // (French, Dutch, English): each listing is written in one language, as real ones are.
    private static readonly string[][] Things =
    [
        ["ordinateurs portables", "laptops", "laptops"], ["camionnette", "bestelwagen", "van"], ["bénévoles", "vrijwilligers", "volunteers"],
        ["salle de réunion", "vergaderzaal", "meeting room"], ["chaises", "stoelen", "chairs"], ["peinture", "verf", "paint"],
        ["jardin", "moestuin", "garden"], ["comptabilité", "boekhouding", "accounting"], ["affiches", "drukwerk", "posters"],
        ["site web", "website", "website"], ["sono", "geluidsinstallatie", "sound system"], ["formation", "opleiding", "training"],
        ["fruits et légumes", "groenten", "vegetables"], ["pain", "brood", "bread"], ["vélos", "fietsen", "bikes"],
        ["stockage", "opslagruimte", "storage"], ["outils", "gereedschap", "tools"], ["traduction", "vertaling", "translation"],
        ["coaching", "begeleiding", "mentoring"], ["tentes", "tenten", "tents"], ["jouets", "speelgoed", "toys"],
        ["livres", "boeken", "books"], ["repas", "maaltijden", "meals"], ["nettoyage", "schoonmaak", "cleaning"],
        ["photographe", "fotograaf", "photographer"], ["conseil juridique", "juridisch advies", "legal advice"],
        ["cours de néerlandais", "lessen Frans", "French lessons"], ["teambuilding", "teambuilding", "team building"],
        ["premiers secours", "EHBO", "first aid"], ["mobilier", "meubels", "furniture"],
    ];

    private static readonly string[][] Fillers =
    [
        ["pour", "notre", "association", "quartier", "enfants", "jeunes", "samedi", "semaine", "projet", "équipe", "besoin", "cherchons", "disponible", "seniors", "fête", "école", "atelier", "nous", "des", "les"],
        ["voor", "onze", "vereniging", "buurt", "kinderen", "jongeren", "zaterdag", "week", "project", "ploeg", "zoeken", "nodig", "beschikbaar", "ouderen", "feest", "school", "werkplaats", "we", "de", "het"],
        ["for", "our", "community", "neighbourhood", "children", "youth", "Saturday", "week", "project", "team", "need", "looking", "available", "elderly", "party", "school", "workshop", "we", "the", "a"],
    ];

    private static readonly string[] People = [" pour {0} personnes", " voor {0} personen", " for {0} people"];

    private static readonly string[] Syllables = ["ba", "ker", "lo", "mi", "ten", "sa", "vo", "ril", "do", "pe", "gan", "tu", "zi", "mor", "fa", "ne"];

    // 16^3 = 4,096 made-up content words.
    private static readonly string[] Tail =
        [.. from a in Syllables from b in Syllables from c in Syllables select a + b + c];

    private static string TailWord(Random random) => Tail[(int)(Tail.Length * Math.Pow(random.NextDouble(), 2.5))];

    public static (List<SuggestionOrganization> Organizations, List<SuggestionListing> Listings) Create(int listings, int seed = 7)
    {
        var random = new Random(seed);
        var organizations = Enumerable.Range(1, Math.Max(2, listings / 5))
            .Select(i => new SuggestionOrganization(i, i % 2 == 0 ? ParticipantKind.Company : ParticipantKind.Association, $"Organisation {i}"))
            .ToList();
        var result = new List<SuggestionListing>(listings);
        for (var id = 1; id <= listings; id++)
        {
            result.Add(Listing(random, id, organizations[(id - 1) / 5 % organizations.Count].Id));
        }
        return (organizations, result);
    }

    public static SuggestionListing Listing(Random random, int id, int organizationId)
    {
        var category = random.Next(Category.DefaultKeys.Count);
        var language = random.Next(3);
        string Thing() => Things[random.Next(Things.Length)][language];
        string Filler() => Pick(random, Fillers[language]);
        var title = $"{Thing()} {TailWord(random)} {Filler()}";
        var description = string.Join(' ', Enumerable.Range(0, 16).Select(i => (i % 4) switch
        {
            0 => Thing(),
            1 or 2 => TailWord(random),
            _ => Filler(),
        }));
        if (random.Next(3) == 0)
        {
            // A third of the listings name a number of people, as rooms, vehicles and groups do.
            description += string.Format(System.Globalization.CultureInfo.InvariantCulture, People[language], random.Next(5, 200));
        }
        return new SuggestionListing(id, organizationId, random.Next(2) == 0 ? ListingSide.Offer : ListingSide.Request,
            category + 1, Category.DefaultKeys[category], title, description);
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
