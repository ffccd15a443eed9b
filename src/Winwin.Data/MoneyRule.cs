using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Winwin.Data;

/// <summary>What the no-money rule says about a text.</summary>
public enum MoneyVerdict
{
    /// <summary>Nothing about money.</summary>
    Accept = 0,

    /// <summary>Money is mentioned as a topic (a budget, a subsidy, a reimbursement): a person confirms it is not money changing hands.</summary>
    Warn = 1,

    /// <summary>Money changes hands (an amount, cash, a cheque, a transfer, a money donation, a loan): refused.</summary>
    Refuse = 2,
}

/// <summary>
/// The no-money rule's answer for one text: the verdict and the words that led to it, as written in the text
/// (original casing and accents), without repeats, in order of appearance. For a refusal these are the refused
/// words; for a warning, the mentions to confirm.
/// </summary>
public sealed record MoneyAssessment(MoneyVerdict Verdict, IReadOnlyList<string> Terms)
{
    public static MoneyAssessment Accepted { get; } = new(MoneyVerdict.Accept, []);

    /// <summary>The words, quoted for a message: « cash », « 50 € ».</summary>
    public string Quoted => string.Join(", ", Terms.Select(t => $"« {t} »"));
}

/// <summary>
/// The bourse's one hard rule: what is offered, asked or given is never money. In French, Dutch and English.
/// </summary>
/// <remarks>
/// <para>
/// The text is cut into words by Lucene's standard tokenizer (lower case, French elision removed, accents
/// folded), then matched word by word against a short table of phrases (<see cref="Rules"/>). Only whole
/// words match, so "geregeld", "verzegeld" or "Geldrop" never contain "geld"; Dutch compounds count when
/// they are listed ("zakgeld", "geldschenking"). An exception that overlaps a hit cancels it ("cash
/// register"), and so does a negation just before it ("sans argent", "geen geld", "no money"), and an
/// amount that follows "valeur" / "waarde" / "value" prices a service in kind.
/// </para>
/// <para>
/// The cost is linear in the length of the text: each word is compared with a bounded number of phrases
/// of at most a few words. Lengths are checked before the rule (see <see cref="FieldRules"/>); the rule
/// itself stops at <see cref="MaxAssessedLength"/> characters and honours a cancellation token.
/// </para>
/// </remarks>
public static class MoneyRule
{
    /// <summary>Past this many characters a text is not assessed at all: no field of the model is this long.</summary>
    public const int MaxAssessedLength = 20_000;

    private const int MaxFillers = 2;

    private static readonly Analyzer Words = new WordAnalyzer();
    private static readonly RuleTable Table = RuleTable.Parse(Rules);

    /// <summary>
    /// Assesses a text against the no-money rule. Blank text is accepted. A text longer than
    /// <see cref="MaxAssessedLength"/> is refused with no words: check lengths first.
    /// </summary>
    public static MoneyAssessment Assess(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MoneyAssessment.Accepted;
        }
        if (text.Length > MaxAssessedLength)
        {
            return new MoneyAssessment(MoneyVerdict.Refuse, []);
        }

        var tokens = Tokenize(text, cancellationToken);
        var excepted = new bool[tokens.Count];
        var hits = new List<(int From, int To, MoneyVerdict Level)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 255) == 255)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (Table.LongestMatch(tokens, i, RuleKind.Except) is { } except)
            {
                Array.Fill(excepted, true, i, except - i + 1);
            }
            var refuse = Table.LongestMatch(tokens, i, RuleKind.Refuse);
            var warn = Table.LongestMatch(tokens, i, RuleKind.Warn);
            if (refuse is { } r && (warn is not { } w0 || r >= w0))
            {
                hits.Add((i, r, MoneyVerdict.Refuse));
            }
            else if (warn is { } w)
            {
                hits.Add((i, w, MoneyVerdict.Warn));
            }
        }

        var refused = new List<string>();
        var warned = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reportedUntil = -1;
        foreach (var (from, to, level) in hits)
        {
            // "don d'argent" is reported once, not again as "argent".
            if (from <= reportedUntil)
            {
                continue;
            }
            if (Array.IndexOf(excepted, true, from, to - from + 1) >= 0 || Negated(tokens, from) || ValueEstimate(tokens, from, to))
            {
                // Nothing inside a cancelled phrase counts either: not the "€" of "valeur 300 €".
                reportedUntil = to;
                continue;
            }
            reportedUntil = to;
            var first = from;
            while (first > 0 && tokens[first].Kind == TokenKind.Number && tokens[first - 1].Kind == TokenKind.Number)
            {
                // "5 000 €": the thousands belong to the amount.
                first--;
            }
            var start = tokens[first].Start;
            var written = text[start..tokens[to].End];
            if (seen.Add(written))
            {
                (level == MoneyVerdict.Refuse ? refused : warned).Add(written);
            }
        }

        return refused.Count > 0 ? new MoneyAssessment(MoneyVerdict.Refuse, refused)
            : warned.Count > 0 ? new MoneyAssessment(MoneyVerdict.Warn, warned)
            : MoneyAssessment.Accepted;
    }

    /// <summary>
    /// The words of <paramref name="text"/> that make it refused (empty when it is accepted or only warned).
    /// Kept for callers that only refuse; new callers use <see cref="Assess"/>.
    /// </summary>
    public static IReadOnlyList<string> FindMoneyTerms(string? text) =>
        Assess(text) is { Verdict: MoneyVerdict.Refuse } refused ? refused.Terms : [];

    // "sans argent", "pas de soutien financier", "geen geld", "without any money", "non-financial".
    private static bool Negated(List<Token> tokens, int from)
    {
        for (int i = from - 1, fillers = 0; i >= 0 && fillers <= 2; i--, fillers++)
        {
            var word = tokens[i].Text;
            if (Negations.Contains(word))
            {
                return true;
            }
            if (!NegationFillers.Contains(word))
            {
                return false;
            }
        }
        return false;
    }

    // "Séance photo (valeur 300 €)" prices a service in kind; it does not ask for the money.
    private static bool ValueEstimate(List<Token> tokens, int from, int to)
    {
        var amount = false;
        for (var i = from; i <= to; i++)
        {
            amount |= tokens[i].Kind is TokenKind.Number or TokenKind.Amount;
        }
        if (!amount)
        {
            return false;
        }
        for (var i = from - 1; i >= 0 && i >= from - 4; i--)
        {
            if (ValueWords.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        ["sans", "pas", "ni", "aucun", "aucune", "jamais", "nul", "geen", "zonder", "nooit", "niet", "no", "without", "not", "never", "non", "nor"]);

    private static readonly FrozenSet<string> NegationFillers = FrozenSet.ToFrozenSet(
        ["de", "du", "des", "la", "le", "besoin", "een", "enig", "enige", "any", "echange", "exchange", "uitwisseling", "van", "of", "need", "nodig", "aide", "soutien", "steun", "hulp", "help", "support"]);

    private static readonly FrozenSet<string> ValueWords = FrozenSet.ToFrozenSet(
        ["valeur", "valant", "t.w.v", "twv.", "estimee", "estime", "waarde", "twv", "ter", "geschat", "geschatte", "value", "worth", "valued", "estimated"]);

    private static List<Token> Tokenize(string text, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>();
        using (var stream = Words.GetTokenStream("text", new StringReader(text)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if ((tokens.Count & 1023) == 1023)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                var word = WithoutMarks(term.ToString());
                tokens.Add(new Token(word, offset.StartOffset, offset.EndOffset, Classify(word)));
            }
            stream.End();
        }

        // The tokenizer drops symbols: currency signs come back as words of their own, in place.
        List<Token>? merged = null;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '€' or '$' or '£')
            {
                merged ??= new List<Token>(tokens.Count + 4);
                while (next < tokens.Count && tokens[next].Start < i)
                {
                    merged.Add(tokens[next++]);
                }
                merged.Add(new Token("€", i, i + 1, TokenKind.Currency));
            }
        }
        if (merged is null)
        {
            return tokens;
        }
        while (next < tokens.Count)
        {
            merged.Add(tokens[next++]);
        }
        return merged;
    }

    // Accents typed as separate combining marks ("che\u0300que") survive the folding filter.
    private static string WithoutMarks(string word)
    {
        if (!word.Any(c => c >= '\u0300' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            return word;
        }
        return string.Concat(word.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
    }

    private static TokenKind Classify(string word)
    {
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
        {
            return CurrencyWords.Contains(word) ? TokenKind.Currency : TokenKind.Word;
        }
        var digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] is '.' or ',' or '\''))
        {
            digits++;
        }
        var tail = word[digits..];
        return tail.Length == 0 || tail == "k" ? TokenKind.Number
            : CurrencyWords.Contains(tail) || tail is "ke" or "keur" ? TokenKind.Amount
            : TokenKind.Word;
    }

    private static readonly FrozenSet<string> CurrencyWords = FrozenSet.ToFrozenSet(
        ["€", "eur", "euro", "euros", "euro's", "usd", "dollar", "dollars", "cent", "cents", "centimes", "eurocent", "eurocents", "gbp"]);

    internal enum TokenKind
    {
        Word,
        Number,
        Currency,

        /// <summary>A number and its currency in one word: "50euros".</summary>
        Amount,
    }

    internal readonly record struct Token(string Text, int Start, int End, TokenKind Kind);

    private sealed class WordAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    internal enum RuleKind
    {
        Refuse,
        Warn,
        Except,
    }

    /// <summary>
    /// The phrases of the rule, one group a line: <c>refuse:</c>, <c>warn:</c> or <c>except:</c>, then phrases
    /// separated by commas. A phrase is words separated by spaces; a word may be several words separated by
    /// <c>|</c> (any of them), end with <c>*</c> (a prefix) or start with it (a suffix: a listed compound
    /// family); <c>NUM</c> is a number, <c>CUR</c> a currency (€, euro, EUR, dollar…), <c>AMT</c> both in one
    /// word, <c>_</c> up to two small words ("de", "een", "some"), <c>^</c> the start of the text. Written folded: lower case, no accents,
    /// no elided article ("don d'argent" is <c>don argent</c>).
    /// </summary>
    internal const string Rules = """
        # Amounts with a currency, whichever side it is written on.
        refuse: NUM CUR, CUR NUM, AMT, NUM k|mille|million|millions|milliard|milliards|miljoen|miljard|duizend|thousand|mio|mln CUR, NUM balles
        except: balles de|tennis|ping|golf|padel|mousse
        # Cash, as such.
        refuse: cash, argent liquide|comptant|poche, argent de poche, en especes|liquide|cash|numeraire, especes sonnantes, numeraire, cashgeld
        refuse: paiement|payer|paye|payes|payez|payons|payable comptant, contant|contante|contanten, zakgeld
        except: cash register|registers|desk|desks|flow|carry, cash and|n carry, cashflow, en contant, comptant sur
        # Money asked for or given.
        refuse: besoin _ argent|fric|sous|pognon|thunes|fonds, cherch*|recherch*|demand*|collect*|recolt*|donn*|offr*|trouv* _ argent|fric|pognon|thunes
        refuse: geld nodig|gezocht|vragen|gevraagd|ophalen|inzamelen|schenken|geven|doneren|storten, zoek*|vrag*|vraagt|schenk*|geven|geeft|doneer*|doneren|inzamel*|ophalen _ geld
        refuse: zoek* naar _ geld, need*|ask*|seek*|looking|raise|raising|give|giving|donate|donating _ money|cash|funds
        refuse: des|de|nos|vos|mes|quelques|peu sous, ^ argent|fric|sous pour, ^ geld voor, ^ money|cash for|towards, paar|enkele|wat|few|some|quelques euro|euros|euro's|centen|centjes
        refuse: pocket money, peu de fric|argent|sous|pognon, manque|manquons|manquent|manquera _ argent|fric|sous|fonds
        refuse: honderd|duizend|hundred|hundreds|thousand|thousands|centaines|milliers|mille euro|euros|euro's, van onze winst, of our profits, de nos benefices
        refuse: monnaie|monnaies locale|locales|complementaire|complementaires|citoyenne, grant money, billets de banque
        except: sous vetement*|sol|sols|titre*|traitan*|bois|verre*|main|tasse*|couche*|pull*|marin*|groupe*|chef*|officier*|prefe*|ensemble*|total
        # Cheques, vouchers, transfers.
        refuse: cheque*, *cheque, *cheques, voucher*, bon|bons achat|cadeau|cadeaux|reduction|valeur, bon|bons de reduction|valeur, carte|cartes cadeau|cadeaux
        refuse: waardebon*, cadeaubon*, kadobon*, tegoedbon*, aankoopbon*, geschenkbon*, kortingsbon*, cadeaukaart*, kadokaart*, geschenkkaart*, cadeaucheque*
        refuse: gift card|cards|voucher|vouchers|certificate|certificates|token|tokens, giftcard*
        refuse: virement*, versement|versements, *overschrijving, *overschrijvingen, storting|stortingen, bank|wire|money transfer|transfers, iban, paypal, payconiq
        refuse: contre|tegen|against|for paiement|betaling|payment
        # Money donations, financial support, loans, fundraising.
        refuse: don|dons argent|financier|financiers|especes|numeraire|liquide|cash, don|dons en argent|especes|numeraire|liquide|cash
        refuse: faire|faites|fais|ferez|effectuer un don
        except: don de, don en nature, don nature
        refuse: aide|aides|soutien|soutiens|appui|appuis|apport|apports|contribution|contributions|participation|participations|intervention|interventions|geste|gestes|sponsoring|sponsor|sponsors|parrainage|parrainages|mecenat|partenaire|partenaires|partenariat|partenariats|moyens|ressources|coup financier|financiere|financiers|financieres
        refuse: coup de pouce financier, soutenir|aider|contribuer|participer|intervenir|sponsoriser|appuyer|soutenez|aidez|contribuez|participez|aidons|soutenons _ financierement
        refuse: collecte|collectes|recolte|recoltes|levee|levees|recherche de fonds, prets|pret argent|financier|financiers|bancaire|bancaires|interet|interets, pret a taux, pret sans interet|interets, emprunt, emprunts
        refuse: geldschenking*, geldgift*, geldbedrag*, geldinzameling*, geldlening*, geldsom*, geldprijs*, geldsteun, geldelijke steun|bijdrage|hulp|ondersteuning, sponsorgeld*, steungeld, lidgeld*, inschrijvingsgeld*, inkomgeld*, huurgeld*, startgeld*
        refuse: financiele steun|bijdrage|bijdragen|hulp|ondersteuning|sponsoring|sponsor|sponsors|middelen|gift|giften|donatie|donaties|injectie|tegemoetkoming|tussenkomst|inbreng|partner|partners|compensatie|duwtje
        refuse: financieel _ steunen|ondersteunen|sponsoren|bijdragen|bijspringen|helpen|tussenkomen, steun|help|sponsor ons financieel, gift|giften in geld, fondsenwerving, geldlening, lening, leningen, microkrediet*
        refuse: cash|monetary|money|financial donation|donations|gift|gifts|contribution|contributions|support|sponsorship|sponsoring|aid|help|assistance|backing|means|resources|partner|partners|compensation
        refuse: financially support|sponsor|contribute|help|back|supporting, support|sponsor|help|back us financially, make|makes|making|made a donation, make|makes|making|made a small donation, donate|donating money|cash
        except: donation of, donation in kind, loan of|our|your|their|the|it|them|out, on loan
        refuse: fundraising, fund raising, fundraiser, crowdfunding*, crowd funding, loan, loans, microcredit*, microcredits, micro credit|credits
        # Selling cheaply is still selling.
        refuse: a prix coutant|reduit|ami|democratique|casse|plancher|avantageux, prix ami, moitie prix, demi tarif
        refuse: tegen kostprijs|vriendenprijs|inkoopprijs, tegen gereduceerde|verminderde|zachte|democratische|halve|vriendelijke prijs, tegen een gereduceerde|verminderde|zachte|democratische|halve|vriendelijke prijs, halve prijs
        refuse: at cost, at cost price, at|for a reduced|discounted|friendly|half|low price, at|for reduced|discounted|friendly|half|low price, half price
        refuse: prise|prendre|prenons|prenez|prend en charge des|les|nos|vos frais, prise|prendre en charge de nos|vos frais
        refuse: NUM reduction|remise|ristourne|korting|discount|off, NUM de reduction|remise|ristourne, ristourne*, korting, kortingen, discount, discounts, discounted
        refuse: entry|entrance|membership|registration|admission|participation|tuition|annual|monthly|service|rental|booking fee|fees, for a fee, for a small fee
        # Money as a topic: a person confirms.
        warn: argent, fric, pognon, thune, thunes, geld, centen, centjes, poen, pegels, duiten, money, euro, euros, eur, euro's, €, dollar, dollars, monnaie, monnaies, monetaire, monetaires, monetary
        except: porte monnaie|monnaies, portemonnaie*, theatre de la monnaie, place de la monnaie, theatre royal de la monnaie, monnaie de singe
        except: medaille|medailles|noces|couleur|papier|fil|feuille|feuilles|peinture|bombe|coupe|coupes argent, argent massif|sterling|925, argenterie
        except: bijoux|bague|bagues|collier|colliers|bracelet|bracelets|couverts|plateau|plateaux|chandelier|chandeliers|theiere|theieres en argent
        except: speelgeld, nepgeld, monopolygeld, monopoly|play|toy|fake money, money box|boxes
        except: riche|riches|pauvre|pauvres en especes, en especes indigenes|locales|vegetales|animales|protegees|menacees|differentes|variees
        except: euro|eur palette|palettes|pallet|pallets|paletten|norm|norme|normes|normen|conteneur|conteneurs|container|containers, palette|palettes|pallet|pallets|paletten euro|eur, euro 1|2|3|4|5|6|7, euro 2000|2004|2008|2012|2016|2020|2024|2028
        warn: budget*, subside, subsides, subvention, subventions, subventionne, subventionnee, subsidie, subsidies, subsidy, subsidised, subsidized, subsidieaanvraag, subsidieaanvragen, subsidiedossier, subsidieloket, grant, grants
        warn: defraiement, defraiements, defrayer, defraye, defrayes, rembourser, remboursement, remboursements, rembourse, rembourses, terugbetaling, terugbetalingen, terugbetalen, terugbetaald, reimburse, reimbursed, reimbursement, reimbursements
        warn: *vergoeding, *vergoedingen, vergoed, vergoeden, onkosten, *kosten, cost, costs, frais de transport|deplacement|participation|inscription|location|fonctionnement|port, les|des|nos|vos|aux|ses|leurs frais
        warn: financer, financons, financez, financent, finance par, financee par, finances par, financees par, financement, financements, cofinancement, cofinancer, prefinancement, financier de, financiering, financieringen, financieren, gefinancierd, cofinanciering, financing, financed, fund, funds, funding, funded, fonds, benefit concert|gala|dinner|evening|night|sale|event
        except: fonds marins, fonds de teint|tiroir|commerce|cuisine|jardin, fonds documentaire|documentaires, funds of knowledge
        warn: prix de vente|revient|location|achat, tarif, tarifs, tarief, tarieven, price, prices, pricing, prijs per, loyer, loyers, huur, huurprijs, rent, cotisation, cotisations, droits entree|inscription, droit entree|inscription
        warn: payer, payons, payez, paye, payee, payees, payant, payants, payante, payantes, paiement, paiements, payement, betalen, betaal, betaalt, betaald, betaalde, betaalden, betaling, betalingen, betalend, pay, paid, paying, payment, payments
        warn: facture, factures, facturer, factuur, facturen, invoice, invoices, salaire, salaires, salary, salaries, wage, wages, loon, lonen, wedde, benefiet*, au profit de|du|des, ten voordele van, opbrengst, opbrengsten, proceeds
        warn: winst, winsten, profit, profits, bancontact, krediet, kredieten, credit, credits, rente, interets, interest rate, sponsorcontract, sponsorcontracten
        except: credits photo|photos, photo credits, film credits, credit photo
        """;

    private enum AtomKind
    {
        Word,
        Prefix,
        Suffix,
        Number,
        Currency,
        Amount,
        Filler,
        Start,
    }

    private readonly record struct Atom(AtomKind Kind, string Text)
    {
        public bool Matches(in Token token) => Kind switch
        {
            AtomKind.Word => token.Text == Text,
            AtomKind.Prefix => token.Text.StartsWith(Text, StringComparison.Ordinal),
            AtomKind.Suffix => token.Text.EndsWith(Text, StringComparison.Ordinal),
            AtomKind.Number => token.Kind == TokenKind.Number,
            AtomKind.Currency => token.Kind == TokenKind.Currency,
            AtomKind.Amount => token.Kind == TokenKind.Amount,
            _ => false,
        };
    }

    private sealed record Phrase(RuleKind Kind, Atom[][] Slots);

    /// <summary>The phrases, indexed by the exact words that can start them; the others are tried at every word.</summary>
    private sealed class RuleTable
    {
        private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
            ["de", "du", "des", "la", "le", "les", "un", "une", "peu", "plus", "nous", "wat", "een", "het", "extra", "meer", "nog", "ons", "willen", "wil", "kunnen", "kan", "some", "any", "more", "for", "the", "a", "naar", "us", "of"]);

        private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;
        private readonly Phrase[][] _others;

        private RuleTable(FrozenDictionary<string, Phrase[]> byFirstWord, Phrase[] others)
        {
            _byFirstWord = byFirstWord;
            _others = [.. Enum.GetValues<RuleKind>().Select(kind => others.Where(p => p.Kind == kind).ToArray())];
        }

        public static RuleTable Parse(string rules)
        {
            var byFirstWord = new Dictionary<string, List<Phrase>>();
            var others = new List<Phrase>();
            foreach (var raw in rules.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var kind = line[..colon] switch
                {
                    "refuse" => RuleKind.Refuse,
                    "warn" => RuleKind.Warn,
                    "except" => RuleKind.Except,
                    var other => throw new FormatException($"Unknown rule kind '{other}'."),
                };
                foreach (var text in line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var slots = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseSlot).ToArray();
                    var phrase = new Phrase(kind, slots);
                    if (slots[0].All(a => a.Kind == AtomKind.Word))
                    {
                        foreach (var atom in slots[0])
                        {
                            if (!byFirstWord.TryGetValue(atom.Text, out var list))
                            {
                                byFirstWord[atom.Text] = list = [];
                            }
                            list.Add(phrase);
                        }
                    }
                    else
                    {
                        others.Add(phrase);
                    }
                }
            }
            return new RuleTable(byFirstWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()), [.. others]);
        }

        private static Atom[] ParseSlot(string slot) => slot switch
        {
            "NUM" => [new Atom(AtomKind.Number, "")],
            "CUR" => [new Atom(AtomKind.Currency, "")],
            "AMT" => [new Atom(AtomKind.Amount, "")],
            "_" => [new Atom(AtomKind.Filler, "")],
            "^" => [new Atom(AtomKind.Start, "")],
            _ => [.. slot.Split('|').Select(word =>
                word.Length > 1 && word.EndsWith('*') ? new Atom(AtomKind.Prefix, word[..^1])
                : word.Length > 1 && word.StartsWith('*') ? new Atom(AtomKind.Suffix, word[1..])
                : new Atom(AtomKind.Word, word))],
        };

        /// <summary>The last token of the longest phrase of this kind starting at token <paramref name="at"/>, or null.</summary>
        public int? LongestMatch(List<Token> tokens, int at, RuleKind kind)
        {
            int? best = null;
            if (_byFirstWord.TryGetValue(tokens[at].Text, out var phrases))
            {
                Try(phrases);
            }
            Try(_others[(int)kind]);
            return best;

            void Try(Phrase[] candidates)
            {
                foreach (var phrase in candidates)
                {
                    if (phrase.Kind == kind && Match(tokens, at, phrase.Slots, 0) is { } end && (best is null || end > best))
                    {
                        best = end;
                    }
                }
            }
        }

        private static int? Match(List<Token> tokens, int at, Atom[][] slots, int slot)
        {
            if (slot == slots.Length)
            {
                return at - 1;
            }
            if (at >= tokens.Count && slots[slot][0].Kind != AtomKind.Start)
            {
                return null;
            }
            var atoms = slots[slot];
            if (atoms[0].Kind == AtomKind.Start)
            {
                return at == 0 ? Match(tokens, at, slots, slot + 1) : null;
            }
            if (atoms[0].Kind == AtomKind.Filler)
            {
                // Up to two small words, as few as possible.
                for (var skip = 0; skip <= MaxFillers && at + skip <= tokens.Count; skip++)
                {
                    if (skip > 0 && !Fillers.Contains(tokens[at + skip - 1].Text))
                    {
                        break;
                    }
                    if (Match(tokens, at + skip, slots, slot + 1) is { } end)
                    {
                        return end;
                    }
                }
                return null;
            }
            var token = tokens[at];
            foreach (var atom in atoms)
            {
                if (atom.Matches(token))
                {
                    return Match(tokens, at + 1, slots, slot + 1);
                }
            }
            return null;
        }
    }
}
