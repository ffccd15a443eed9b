using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Winwin.Live.Features.Suggestions.Engine;

public enum TextLanguage
{
    Unknown = 0,
    French = 1,
    Dutch = 2,
    English = 3,
}

/// <summary>One feature of a text: a stemmed word (<c>w:</c>) or a lexicon concept (<c>c:</c>), its weight and how it was written.</summary>
public readonly record struct TextFeature(string Key, float Weight, string Surface);

/// <summary>A listing's text turned into weighted features.</summary>
public sealed record AnalyzedText(TextLanguage Language, IReadOnlyList<TextFeature> Features)
{
    /// <summary>How many people the listing speaks of (a room's seats, a group's size), if it names a figure.</summary>
    public int? People { get; init; }
}

/// <summary>
/// Turns titles and descriptions in French, Dutch or English into comparable features: Lucene's
/// standard tokenizer, lower case and French elision; the language guessed from stop words; that
/// language's stop words removed and its stemmer applied (French minimal stemmer, which only undoes
/// plurals and feminines: the light one made "repas" of "réparation" and "lors" of "lorry"; Dutch and
/// English Snowball); accents folded; Dutch compounds split into their parts by Lucene's dictionary
/// compound-word filter (with a dictionary derived from the OpenTaal word list, see
/// DutchCompoundParts.txt), a Dutch diminutive read as its base word ("zaaltje" as "zaal"), and a
/// compound's head also found when the lexicon names it; then the curated <see cref="Lexicon"/> maps
/// words of the three languages to shared concepts. Thread-safe.
/// </summary>
/// <remarks>
/// The phone finder and the suggestions compare texts the same way: <see cref="Terms"/> is the one
/// entry point for a search box.
/// </remarks>
public sealed class TextAnalysis : IDisposable
{
    private const int MaxPhraseLength = 4;
    private const int MinCompoundPart = 4;
    private const int MinCompoundLength = 8;
    private const float BroaderWeight = 0.5f;
    private const float CompoundWeight = 0.6f;
    private const int MaxBroaderLevels = 2;
    private const int MinLexiconHead = 4;

    // A curated concept is a surer sign than a bare word: it counts a little more.
    private const float ConceptWeight = 1.5f;

    private static readonly TextLanguage[] Languages = [TextLanguage.French, TextLanguage.Dutch, TextLanguage.English];

    // Lucene's French stop words lack the conjunction "car" (because), which would otherwise name a vehicle: it is
    // left out of French text below, but not counted as French when guessing the language (English writes "car" too).
    private static readonly CharArraySet FrenchStop = FrenchAnalyzer.DefaultStopSet;
    private static readonly CharArraySet DutchStop = DutchAnalyzer.DefaultStopSet;
    private static readonly CharArraySet EnglishStop = EnglishAnalyzer.DefaultStopSet;

    private static readonly ThreadLocal<Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer> Dutch = new(() => new());
    private static readonly ThreadLocal<EnglishStemmer> English = new(() => new EnglishStemmer());
    private static readonly FrenchMinimalStemmer French = new();

    private readonly TokenAnalyzer _tokens = new();
    private readonly CompoundAnalyzer _compounds = new();

    // Per language: a stemmed, folded phrase ("ordin portabl") → the concepts it names (with broader ones).
    private readonly FrozenDictionary<string, string[]>[] _lexicon;
    private readonly FrozenDictionary<string, string> _broader;

    // The lexicon's one-word terms as written (folded): a verb is looked up by its infinitive, not its stem.
    private readonly FrozenDictionary<string, string[]> _words;

    // Per language: first words of the lexicon's multi-word terms (no phrase is built for other words).
    private readonly FrozenSet<string>[] _phraseStarts;

    public static TextAnalysis Default { get; } = new(Lexicon.Data);

    public TextAnalysis(string lexicon)
    {
        var broader = new Dictionary<string, string>();
        var entries = new List<(string Concept, string Term)>();
        foreach (var raw in lexicon.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            // Two lines run together ("…, est en pannetent: bij regen") would make one concept's terms another's.
            if (colon <= 0 || line.IndexOf(':', colon + 1) >= 0 || line[..colon].Count(c => c == '>') > 1)
            {
                throw new FormatException($"A lexicon line must read \"concept[ > broader]: term, term, …\": {line}");
            }
            var head = line[..colon].Split('>', StringSplitOptions.TrimEntries);
            var concept = head[0];
            if (head.Length > 1)
            {
                broader[concept] = head[1];
            }
            entries.AddRange(line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => (concept, t)));
        }
        _broader = broader.ToFrozenDictionary();
        _words = entries.Where(e => !e.Term.Contains(' ', StringComparison.Ordinal))
            .GroupBy(e => Fold(e.Term.ToLowerInvariant()), e => e.Concept)
            .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray());
        _lexicon = new FrozenDictionary<string, string[]>[Languages.Length + 1];
        _phraseStarts = new FrozenSet<string>[Languages.Length + 1];
        foreach (var language in Languages)
        {
            var map = new Dictionary<string, HashSet<string>>();
            foreach (var (concept, term) in entries)
            {
                var tokens = Tokenize(term);
                var stems = Stems(tokens, language);
                // Text loses its bare figures ("9 places" would be read as "places"): a term with one is not looked for
                // ("nt2" and "co2" are words, and kept).
                if (stems.Count is 0 or > MaxPhraseLength || tokens.Any(t => t.Text.All(char.IsDigit)))
                {
                    continue;
                }
                // English drops "it" as a stop word, so "IT support" would be read as "support" and "it help" as any help:
                // in English a phrase that its stop words leave as one word is not looked for.
                if (language == TextLanguage.English && stems.Count == 1 && tokens.Count(t => t.Text.Length >= 2) > 1)
                {
                    continue;
                }
                var key = string.Join(' ', stems.Select(s => s.Stem));
                if (!map.TryGetValue(key, out var concepts))
                {
                    map[key] = concepts = [];
                }
                concepts.Add(concept);
            }
            _lexicon[(int)language] = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
            _phraseStarts[(int)language] = map.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet();
        }
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _compounds.Dispose();
    }

    /// <summary>
    /// The terms of a text as the engine compares them: its stemmed words (<c>w:</c>), the concepts they name
    /// (<c>c:</c>, across French, Dutch and English) and the parts of its Dutch compounds. A search box finds a
    /// listing when the query's terms are among the listing's: "busje" finds "bestelwagen", "ruimte" finds
    /// "vergaderruimte". Stable: the phone finder relies on it.
    /// </summary>
    public IReadOnlySet<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new HashSet<string>() : Analyze(text, null, 1f).Features.Select(f => f.Key).ToHashSet();

    /// <summary>Analyses a listing's title (counted <paramref name="titleBoost"/> times) and description.</summary>
    public AnalyzedText Analyze(string title, string? description, float titleBoost = 2f)
    {
        var titleTokens = Tokenize(title);
        var descriptionTokens = string.IsNullOrWhiteSpace(description) ? [] : Tokenize(description);
        var language = Guess(titleTokens, descriptionTokens);
        var people = PeopleCount.Find(titleTokens, descriptionTokens, language);
        if (language != TextLanguage.Unknown)
        {
            var bag = new Dictionary<string, (float Weight, string Surface)>();
            Collect(bag, title, titleTokens, language, titleBoost);
            if (description is not null)
            {
                Collect(bag, description, descriptionTokens, language, 1f);
            }
            return new AnalyzedText(language, [.. bag.Select(kv => new TextFeature(kv.Key, kv.Value.Weight, kv.Value.Surface))]) { People = people };
        }
        var features = new Dictionary<string, (float Weight, string Surface)>();
        foreach (var lang in Languages)
        {
            // No language recognised: each reading contributes, the strongest reading of a feature counts.
            var bag = new Dictionary<string, (float Weight, string Surface)>();
            Collect(bag, title, titleTokens, lang, titleBoost, compounds: false);
            if (description is not null)
            {
                Collect(bag, description, descriptionTokens, lang, 1f, compounds: false);
            }
            foreach (var (key, value) in bag)
            {
                if (!features.TryGetValue(key, out var known) || known.Weight < value.Weight)
                {
                    features[key] = value;
                }
            }
        }
        return new AnalyzedText(language, [.. features.Select(kv => new TextFeature(kv.Key, kv.Value.Weight, kv.Value.Surface))]) { People = people };
    }

    /// <summary>The language whose stop words the text uses most; unknown when none or a tie.</summary>
    public static TextLanguage Guess(IReadOnlyList<Token> title, IReadOnlyList<Token> description)
    {
        int fr = 0, nl = 0, en = 0;
        foreach (var token in title.Concat(description))
        {
            fr += FrenchStop.Contains(token.Text) ? 1 : 0;
            nl += DutchStop.Contains(token.Text) ? 1 : 0;
            en += EnglishStop.Contains(token.Text) ? 1 : 0;
        }
        var max = Math.Max(fr, Math.Max(nl, en));
        if (max == 0 || (fr == max ? 1 : 0) + (nl == max ? 1 : 0) + (en == max ? 1 : 0) > 1)
        {
            return TextLanguage.Unknown;
        }
        return fr == max ? TextLanguage.French : nl == max ? TextLanguage.Dutch : TextLanguage.English;
    }

    private void Collect(Dictionary<string, (float Weight, string Surface)> bag, string text, List<Token> tokens, TextLanguage language, float weight,
        bool compounds = true)
    {
        var stems = Stems(tokens, language);
        void Add(string key, float w, string surface)
        {
            bag[key] = bag.TryGetValue(key, out var known) ? (known.Weight + w, known.Surface) : (w, surface);
        }
        void AddConcept(string concept, float w, string surface)
        {
            Add("c:" + concept, w * ConceptWeight, surface);
            // Each broader concept counts half as much as the one below it ("van" → "vehicle" → "transport").
            var parent = concept;
            var share = BroaderWeight;
            for (var level = 0; level < MaxBroaderLevels && _broader.TryGetValue(parent, out parent); level++)
            {
                Add("c:" + parent, w * ConceptWeight * share, surface);
                share *= BroaderWeight;
            }
        }
        var lexicon = _lexicon[(int)language];
        var phraseStarts = _phraseStarts[(int)language];
        if (language == TextLanguage.French)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                // "Un local", "nos locaux" are premises; "engagement local", "produits locaux" are not.
                if (FrenchNounsAfterDeterminer.TryGetValue(tokens[i].Text, out var concept) && FrenchDeterminers.Contains(tokens[i - 1].Text))
                {
                    AddConcept(concept, weight, text[tokens[i].Start..tokens[i].End]);
                }
            }
        }
        for (var i = 0; i < stems.Count; i++)
        {
            var stem = stems[i];
            var surface = text[stem.Start..stem.End];
            Add("w:" + stem.Stem, weight, surface);
            if (FalseFriends[(int)language].Contains(stem.Word))
            {
                continue;
            }
            var phrase = stem.Stem;
            var maxLength = phraseStarts.Contains(stem.Stem) ? MaxPhraseLength : 1;
            for (var n = 1; n <= maxLength && i + n <= stems.Count; n++)
            {
                if (n > 1)
                {
                    phrase += " " + stems[i + n - 1].Stem;
                }
                if (lexicon.TryGetValue(phrase, out var concepts))
                {
                    var span = text[stem.Start..stems[i + n - 1].End];
                    foreach (var concept in concepts)
                    {
                        AddConcept(concept, weight, span);
                    }
                }
            }
            if (language == TextLanguage.French && !lexicon.ContainsKey(stem.Stem) && FrenchVerb(Fold(stem.Word)) is { } verb)
            {
                // Listings say what "nous déménageons" or "vous livrez": the verb names the same concept as "déménager".
                foreach (var concept in verb)
                {
                    AddConcept(concept, weight, surface);
                }
            }
            if (language != TextLanguage.Dutch)
            {
                continue;
            }
            var named = lexicon.ContainsKey(stem.Stem);
            if (!named && Diminutive(stem.Word, lexicon) is { } small)
            {
                // "zaaltje" is a small "zaal", "busje" a small "bus": the word it is made from counts as written.
                named = true;
                Add("w:" + small.Stem, weight, surface);
                foreach (var concept in small.Concepts)
                {
                    AddConcept(concept, weight, surface);
                }
            }
            if (compounds && stem.Word.Length >= MinCompoundLength)
            {
                // Dutch writes compounds as one word (kinderfiets, vergaderruimte): their parts count too, a little less.
                // A compound the lexicon knows as a whole means what the lexicon says: "teambuilding" is not a building.
                var whole = named;
                foreach (var part in CompoundParts(stem.Word))
                {
                    var partStem = Fold(Stem(part, TextLanguage.Dutch));
                    if (partStem.Length < MinCompoundPart || partStem == stem.Stem)
                    {
                        continue;
                    }
                    Add("w:" + partStem, weight * CompoundWeight, surface);
                    if (!whole && lexicon.TryGetValue(partStem, out var concepts))
                    {
                        named = true;
                        foreach (var concept in concepts)
                        {
                            AddConcept(concept, weight * CompoundWeight, surface);
                        }
                    }
                }
                if (!named && LexiconHead(stem.Word, lexicon) is { } head)
                {
                    // A head the compound dictionary does not hold but the lexicon names ("bedrijfspolo", "feestkraampje").
                    foreach (var concept in head)
                    {
                        AddConcept(concept, weight * CompoundWeight, surface);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The concepts of a French verb written in the first or second person plural ("déménageons", "livrez"): those of
    /// its infinitive as the lexicon writes it ("déménager"), not of its stem, which "livrer" shares with "livres".
    /// </summary>
    private string[]? FrenchVerb(string word)
    {
        var ending = word.EndsWith("ons", StringComparison.Ordinal) ? 3 : word.EndsWith("ez", StringComparison.Ordinal) ? 2 : 0;
        if (ending == 0 || word.Length - ending < MinCompoundPart)
        {
            return null;
        }
        var bare = word[..^ending];
        ReadOnlySpan<string> infinitives = [bare + "er", bare + "r", bare + "ir"];
        // "Nous servons" is "servir", a false friend the lexicon does not hold: not the English "server" that it does.
        foreach (var infinitive in infinitives)
        {
            if (FalseFriends[(int)TextLanguage.French].Contains(infinitive) && !_words.ContainsKey(infinitive))
            {
                return null;
            }
        }
        foreach (var infinitive in infinitives)
        {
            if (_words.TryGetValue(infinitive, out var concepts))
            {
                return concepts;
            }
        }
        return null;
    }

    /// <summary>
    /// The concepts of a Dutch diminutive's base word, with its stem: "zaaltje" → "zaal", "kraampje" → "kraam",
    /// "balletje" → "bal", "handjes" → "hand". Only a base the lexicon names counts (not every word ending in -je is a
    /// diminutive).
    /// </summary>
    private static (string Stem, string[] Concepts)? Diminutive(string word, FrozenDictionary<string, string[]> lexicon)
    {
        var singular = word.EndsWith("jes", StringComparison.Ordinal) ? word[..^1] : word;
        if (!singular.EndsWith("je", StringComparison.Ordinal) || singular.Length < 5)
        {
            return null;
        }
        var bare = singular[..^2];
        Span<string?> bases =
        [
            bare.EndsWith("et", StringComparison.Ordinal) && bare.Length > 4 && bare[^3] == bare[^4] ? bare[..^3] : null,
            bare.EndsWith('t') ? bare[..^1] : null,
            bare.EndsWith("mp", StringComparison.Ordinal) ? bare[..^1] : null,
            bare,
        ];
        foreach (var candidate in bases)
        {
            if (candidate is { Length: >= 2 })
            {
                var stem = Fold(Stem(candidate, TextLanguage.Dutch));
                if (lexicon.TryGetValue(stem, out var concepts))
                {
                    return (stem, concepts);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The concepts of the longest end of a Dutch compound that the lexicon names as a word of its own, when what comes
    /// before it is a compound part ("bedrijfs|polo"): a head found after anything else is more often chance than meaning
    /// ("wedst|rijden", "hart|stilstand").
    /// </summary>
    private static string[]? LexiconHead(string word, FrozenDictionary<string, string[]> lexicon)
    {
        // "-baar" makes an adjective ("houdbare voeding", "draagbare"), not a compound ending in a "bar".
        if (word.EndsWith("baar", StringComparison.Ordinal) || word.EndsWith("bare", StringComparison.Ordinal))
        {
            return null;
        }
        for (var cut = 2; cut <= word.Length - MinLexiconHead; cut++)
        {
            var head = word[cut..];
            var stem = Fold(Stem(head, TextLanguage.Dutch));
            if (stem.Length < MinLexiconHead - 1 || !lexicon.TryGetValue(stem, out var concepts))
            {
                continue;
            }
            var first = word[..cut];
            if (IsPart(first))
            {
                return concepts;
            }
        }
        return null;
    }

    // French words that name a thing only as a noun, which a determiner before them shows.
    private static readonly FrozenDictionary<string, string> FrenchNounsAfterDeterminer = new Dictionary<string, string>
    {
        ["local"] = "venue",
        ["locaux"] = "venue",
    }.ToFrozenDictionary();

    // Words that a stemmer or the compound splitter makes into a word of the lexicon but that mean something else, per
    // language (Unknown, French, Dutch, English). French: "livrer" is to deliver, not "livres"; "servir" to serve, not a
    // "servies"; "établir" to establish, not an "établi"; "des postes" are jobs, not posters; "un terrain couvert" is
    // covered, not cutlery; "faire les courses" is shopping, not a course. Dutch: "lokale verenigingen" are local, not a
    // "lokaal"; "ouders" are parents, not "ouderen" (the elderly); "weten" is to know, not a "wet"; one "serveert" soup,
    // not a "server"; "maten" are sizes, not a "mat"; "raken" is to reach, not a "rake"; "meten" is to measure, not to
    // "meet"; "per week" is not the "pers"; "schuld" is a fault where "schulden" are debts; a "gesprek" is no "rek",
    // a "prikbord" no plate, a "supermarkt" no market, a "vat" (a keg) no VAT. Also: "près de la gare" is no press, a
    // "salle équipée" no team, "tissu associatif" no fabric, "mètres carrés" no carers; "een goede zaak" is no bag,
    // "een bijdrage leveren" no delivery, "het is druk" no print, "een laag inkomen" no entrance, "wie weet" no law,
    // "tal van" no languages, "art. 60" no art, "manuren" no manure, "genereus" no reuse.
    // English: "per day" is not the press, "international" not an intern, "even" no evening, "as well" no wellness,
    // "equipment" no team, "book the room" no books, "room for hire" no HR, "e-mail" no newsletter, "our branch" no
    // branches of a tree, "comprehensive" no plain language.
    private static readonly FrozenSet<string>[] FalseFriends =
    [
        FrozenSet<string>.Empty,
        FrozenSet.ToFrozenSet(["livrer", "servir", "servi", "servie", "servis", "établir", "poste", "postes", "couvert", "course", "courses", "près", "équipé", "équipée",
            "équipés", "équipées", "tissu", "interne", "internes", "tonnes", "carrés", "carrée", "carrées"]),
        FrozenSet.ToFrozenSet(["lokale", "ouders", "weten", "serveren", "serveert", "maten", "raken", "meten", "per", "schuld", "gesprek", "gesprekken", "prikbord", "supermarkt",
            "supermarkten", "bouwmarkt", "bouwmarkten", "vat", "vaten", "opmaken", "oppassen", "even", "zaak", "zaken", "leveren", "druk", "drukke",
            "inkomen", "voorstellen", "rekenen", "reeks", "weet", "ouder", "tal", "steken", "arbeidsmarkt", "samenlevingsopbouw", "verhogen", "art", "manuren", "manuur", "reus", "genereus"]),
        FrozenSet.ToFrozenSet(["per", "international", "even", "well", "mind", "equipped", "equipment", "book", "booked", "booking", "hire", "hired", "mail",
            "invite", "invited", "initiative", "initiatives", "internal", "comprehensive", "stall", "stalls", "branch", "branches", "hospitality", "alternative", "alternatives", "treasure"]),
    ];

    private static readonly FrozenSet<string> FrenchDeterminers =
        FrozenSet.ToFrozenSet(["un", "le", "ce", "cet", "du", "des", "les", "ces", "notre", "votre", "leur", "nos", "vos", "leurs", "mon", "ton", "son", "mes", "tes", "ses", "petit", "grand", "beau"]);

    private static List<StemmedToken> Stems(List<Token> tokens, TextLanguage language)
    {
        var stop = language switch
        {
            TextLanguage.French => FrenchStop,
            TextLanguage.Dutch => DutchStop,
            _ => EnglishStop,
        };
        var result = new List<StemmedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Text.Length < 2 || stop.Contains(token.Text) || token.Text.All(char.IsDigit)
                || (language == TextLanguage.French && token.Text == "car"))
            {
                continue;
            }
            result.Add(new StemmedToken(Fold(Stem(token.Text, language)), token.Text, token.Start, token.End));
        }
        return result;
    }

    private static string Stem(string word, TextLanguage language)
    {
        switch (language)
        {
            case TextLanguage.French:
                var chars = word.ToCharArray();
                return new string(chars, 0, French.Stem(chars, chars.Length));
            case TextLanguage.Dutch:
                var dutch = Dutch.Value!;
                dutch.SetCurrent(word);
                dutch.Stem();
                return dutch.Current;
            default:
                var english = English.Value!;
                english.SetCurrent(word);
                english.Stem();
                return english.Current;
        }
    }

    internal static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word;
        }
        var output = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, output, 0, word.Length);
        return new string(output, 0, length);
    }

    private List<Token> Tokenize(string text)
    {
        var result = new List<Token>();
        using var stream = _tokens.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return result;
    }

    /// <summary>A word as the tokenizer found it, lower case, with its place in the original text.</summary>
    public readonly record struct Token(string Text, int Start, int End);

    private readonly record struct StemmedToken(string Stem, string Word, int Start, int End);

    /// <summary>
    /// The head of a Dutch compound, the part that says what it is ("vergaderruimte" is a ruimte), found with
    /// Lucene's dictionary compound-word filter: a dictionary word that ends the compound after another dictionary
    /// word; or, when a known first part leaves a tail of four letters or more, that tail ("bedrijfspolo's" is a
    /// polo's). First parts only qualify the head ("verhuisdozen" are boxes, not a move) and parts in the middle
    /// are more often chance than meaning ("geregeld" holds "egel"): neither counts.
    /// </summary>
    private List<string> CompoundParts(string word)
    {
        var parts = new List<string>();
        using var stream = _compounds.GetTokenStream("word", new StringReader(word));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement != 0)
            {
                continue;
            }
            var part = term.ToString();
            if (word.EndsWith(part, StringComparison.Ordinal))
            {
                // A head counts when what comes before it is a word too: "vergader|ruimte", not "gere|geld".
                if (IsPart(word[..^part.Length]))
                {
                    parts.Add(part);
                }
            }
            else if (word.StartsWith(part, StringComparison.Ordinal))
            {
                var tail = word[part.Length..];
                foreach (var link in LinkingLetters)
                {
                    if (tail.StartsWith(link, StringComparison.Ordinal) && tail.Length - link.Length >= MinCompoundPart)
                    {
                        parts.Add(tail[link.Length..]);
                        break;
                    }
                }
            }
        }
        stream.End();
        // The longest head is the compound's: "voorstelling" ends in "stelling", the "telling" inside that is chance.
        var found = parts.ToArray();
        return [.. found.Where(part => !Array.Exists(found, longer => longer.Length > part.Length && longer.EndsWith(part, StringComparison.Ordinal)))];
    }

    // Dutch links the parts of a compound with -s-, -en-, -er- or -e- ("bedrijfspolo", "boekenkast", "kinderfiets").
    private static readonly string[] LinkingLetters = ["en", "er", "s", "e", ""];

    private static bool IsPart(string first)
    {
        foreach (var link in LinkingLetters)
        {
            if (first.EndsWith(link, StringComparison.Ordinal) && first.Length - link.Length >= MinCompoundPart
                && DutchCompoundDictionary.Contains(first[..^link.Length]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly CharArraySet DutchCompoundDictionary = LoadCompoundDictionary();

    private static CharArraySet LoadCompoundDictionary()
    {
        using var stream = typeof(TextAnalysis).Assembly.GetManifestResourceStream("Winwin.Live.Features.Suggestions.Engine.DutchCompoundParts.txt")
            ?? throw new InvalidOperationException("The Dutch compound dictionary is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }
        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: true);
    }

    private sealed class CompoundAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            var stream = new DictionaryCompoundWordTokenFilter(LuceneVersion.LUCENE_48, tokenizer, DutchCompoundDictionary,
                MinCompoundLength, MinCompoundPart, maxSubwordSize: 15, onlyLongestMatch: true);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class TokenAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
