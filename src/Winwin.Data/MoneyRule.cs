using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Winwin.Data;

/// <summary>
/// The bourse's one hard rule: what is offered or asked is never money. Finds what turns an offer or a
/// request into a money contribution, in French, Dutch and English.
/// </summary>
/// <remarks>
/// The patterns run on a folded copy of the text (no accents, one kind of apostrophe), so they are written
/// without accents; case is ignored. An exception that overlaps a hit cancels it: "cash" is money,
/// "cash register" is a thing to give away.
/// </remarks>
public static partial class MoneyRule
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;

    // "500", "1.000,50", "1,000.50", "5 000", "12,5".
    private const string Number = @"(?:\d{1,3}(?:[.,\s']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)";

    // An amount is a number next to a currency, whichever side it is written on.
    private const string Amount = $$"""
        (?<![\w.,])                                   # not the tail of a longer number or word
        (?:
            (?:€|\$|£|eur|euro|usd)\s?{{Number}}(?:,-{1,2}|\.-)?                  # €500, EUR 200, € 50,-
          | {{Number}}(?:,-{1,2}|\.-)?\s?
            (?:(?:k|m|mio|mln|mille|millions?|milliards?|miljoen|miljard|duizend|thousand|million|billion)\s?)?
            (?:d'|de\s)?                                                            # 1,5 million d'euros
            (?:
                €|\$|£
              | (?:euro's|euros|euro|eur|usd|dollars?|cents|cent|centimes?)(?![\w-])  # not "20 EUR-pallets"
              | balles(?![\w-])(?!\s+(?:de\b|d'))                                   # 50 balles, not 20 balles de tennis
            )
        )
        """;

    private static readonly Regex[] MoneyPatterns =
        [Amounts(), MoneyWords(), PaymentMeans(), FinancialSupport(), PricesAndCosts()];

    private static readonly Regex[] ExceptionPatterns = [Exceptions(), ValueEstimates()];

    /// <summary>
    /// The words or phrases of <paramref name="text"/> that make it a money contribution, as written there
    /// (original casing and accents), without repeats, in order of appearance. Empty means acceptable.
    /// </summary>
    public static IReadOnlyList<string> FindMoneyTerms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var (folded, origin) = Fold(text);
        var exceptions = ExceptionPatterns.SelectMany(pattern => Find(pattern, folded)).ToList();
        var hits = MoneyPatterns
            .SelectMany(pattern => Find(pattern, folded))
            .Where(hit => !exceptions.Any(hit.Overlaps))
            .OrderBy(hit => hit.Start)
            .ThenByDescending(hit => hit.End);

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reportedUntil = 0;
        foreach (var hit in hits)
        {
            // "don d'argent" is reported once, not again as "argent".
            if (hit.Start < reportedUntil)
            {
                continue;
            }

            reportedUntil = hit.End;
            if (seen.Add(folded[hit.Start..hit.End]))
            {
                terms.Add(text[origin[hit.Start]..origin[hit.End]]);
            }
        }

        return terms;
    }

    private static List<Span> Find(Regex pattern, string folded)
    {
        var spans = new List<Span>();
        foreach (var match in pattern.EnumerateMatches(folded))
        {
            spans.Add(new Span(match.Index, match.Index + match.Length));
        }

        return spans;
    }

    /// <summary>
    /// Strips accents and unifies apostrophes so "Chèque", "CHEQUE" and "d’argent" match the plain patterns;
    /// <c>origin[i]</c> is where folded character <c>i</c> came from, plus one entry for the end of the text.
    /// </summary>
    private static (string Folded, int[] Origin) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var decomposed = c < 128 || char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                folded.Append(d is '’' or '‘' or 'ʼ' or '´' or '`' ? '\'' : d);
                origin.Add(i);
            }
        }

        origin.Add(text.Length);
        return (folded.ToString(), [.. origin]);
    }

    private readonly record struct Span(int Start, int End)
    {
        public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    }

    [GeneratedRegex(Amount, Options)]
    private static partial Regex Amounts();

    // Money named as such. Several of these words have innocent lookalikes, handled in Exceptions().
    [GeneratedRegex("""
        # French
          \bargent(?:\s+(?:liquide|comptant|de\s+poche))?\b
        | \b(?:fric|pognon|thunes?)\b
        | \b(?:des|de|nos|vos|mes|quelques)\s+sous\b(?![\w-])       # "des sous", not "sous-sol" nor "sous la tente"
        | \bmonnaies?\b                                            # includes local currencies (Zinne, Val'heureux)
        | \bnumeraires?\b
        | \ben\s+(?:especes|liquide|cash|numeraire)\b
        | \bespeces\s+sonnantes\b
        | \b(?:au|paiement|payer|paye|payes|payons|payez|payable)\s+comptant\b   # "en comptant sur vous" is fine
        # Dutch: "geld" hides in compounds (zakgeld, sponsorgeld, geldschenking);
        # "gelden" on its own is the verb "to apply", and "geldig" or "Geldrop" never end in "geld".
        | \b(?!gelden\b|vergeld)\w*geld(?:en)?\b
        | \bgeld(?:schenking|bedrag|inzameling|prijs|prijzen|steun|elijk|lening|bijdrage|gift|donatie|middel|som|stroom|zak|ophaal)\w*
        | \bcontant(?:en|e|\s+geld)?\b
        | \b(?:centen|centjes|poen|pegels|duiten)\b
        # English
        | \bmoney\b
        | \bmonetary\b
        # Shared
        | \bcash\b
        | (?<![\w-])euro(?:'s|s)?(?![\w-])                         # not "euro-palettes"
        | \bdollars?\b
        | €
        """, Options)]
    private static partial Regex MoneyWords();

    // Cheques and vouchers are money with a shop's name on them; transfers are money on the move.
    [GeneratedRegex("""
          \b\w*cheques?\b                                          # cheque, chèque-repas, dienstencheques, ecocheques
        | \bbons?\s+(?:d'achat|cadeaux?|de\s+reduction|de\s+valeur|valeur)\b
        | \bcartes?[\s-]+cadeaux?\b
        | \b(?:waarde|cadeau|kado|tegoed|aankoop|geschenk|korting)bon(?:nen|s)?\b
        | \b(?:cadeau|kado|geschenk)kaart(?:en)?\b
        | \bgift\s?(?:cards?|vouchers?|certificates?|tokens?)\b
        | \bvouchers?\b
        | \b(?:virements?|versements?)\b
        | \b\w*overschrijving(?:en)?\b
        | \bstorting(?:en)?\b
        | \b(?:bank|wire|money)\s+transfers?\b
        | \biban\b
        | \b(?:paypal|payconiq)\b
        | \b(?:contre|tegen|against|for)\s+(?:paiement|betaling|payment)\b
        """, Options)]
    private static partial Regex PaymentMeans();

    // Giving or lending money under a kinder name. "Don", "sponsoring", "gift" and "donation" alone stay
    // acceptable: in kind is how the bourse works ("don de matériel", "sponsoring in natura").
    [GeneratedRegex("""
        # French
          \bdons?\s+(?:d'argent|financiers?|en\s+(?:argent|especes|numeraire|liquide|cash))\b
        | \b(?:faire|faites|fais|ferez|effectuer)\s+un\s+don\b(?!\s+(?:de\b|d'|en\s+nature))
        | \b(?:aides?|soutiens?|appuis?|apports?|contributions?|participations?|interventions?|coups?\s+de\s+pouce
              |dons?|gestes?|sponsoring|sponsors?|parrainages?|mecenat|partenaires?|partenariats?|moyens|ressources)
          \s+financi(?:er|ere|ers|eres)\b                          # "conseils financiers" and "gestion financière" are skills
        | \b(?:soutenir|aider|contribuer|participer|intervenir|sponsoriser|appuyer|soutenez|aidez|contribuez|participez)
          (?:[\s-]+nous)?\s+financierement\b                                      # "familles financièrement fragiles" is fine
        | \bsubvention\w*
        | \b(?:co-?|pre)?financ(?:er|ons|ez|ent|ement|ements|ee|ees)\b   # not "finance(s)", a field one can teach
        | \b(?:collectes?|recoltes?|levees?|recherches?)\s+de\s+fonds\b
        | \bprets?\s+(?:d'argent|financiers?|bancaires?|a\s+taux\s+zero|sans\s+interets?)\b  # "prêt d'une camionnette" is fine
        | \bemprunts?\b
        # Dutch
        | \bfinanciele\s+(?:steun|bijdragen?|hulp|ondersteuning|sponsoring|sponsors?|middelen|gift(?:en)?|donaties?
              |injectie|tegemoetkoming|tussenkomst|inbreng|partners?|compensatie|duwtje)\b
        | \bfinancieel\s+(?:steunen|ondersteunen|sponsoren|bijdragen|bijspringen|helpen|tussenkomen)\b
        | \b(?:steun|help|sponsor)\s+ons\s+financieel\b
        | \b(?:co-?|mede|ge|voor)?financier(?:ing|ingen|en|t|d|de|den)\b
        | \bgift(?:en)?\s+in\s+geld\b
        | \b(?:geld|krediet|bank|micro)?lening(?:en)?\b            # not "uitlening" (lending things) nor "verlening"
        | \bfondsenwerving\b
        # English
        | \b(?:cash|monetary|money|financial)\s+(?:donations?|gifts?|contributions?|support|sponsorship|sponsoring|aid
              |help|assistance|backing|means|resources|partners?|compensation)\b
        | \bfinancially\s+(?:support|sponsor|contribute|help|back)\w*
        | \b(?:support|sponsor|help|back)\s+us\s+financially\b
        | \b(?:make|makes|making|made)\s+a\s+(?:small\s+)?donation\b(?!\s+(?:of|in\s+kind)\b)
        | \bgrants?\s+(?:money|funding|funds)\b
        | \b(?:a|small|financial|project|research|government|municipal|city|council)\s+grants?\b
        | \b(?:co-?)?funding\b
        | \bfunds\b
        | \bfund[\s-]?raising\b
        | \b(?:co-?)?financ(?:ing|ed)\b
        | \bto\s+finance\b
        | \bloans?\b
        # Shared
        | \bsubsid(?!iar)\w*                                       # subside, subsidie, subsidy; not "subsidiary"
        | \bcrowd[\s-]?fund\w*
        | \bmicro-?(?:credits?|krediet\w*)
        """, Options)]
    private static partial Regex FinancialSupport();

    // Selling cheaply is still selling, and paying someone's costs is paying.
    [GeneratedRegex("""
          \ba\s+prix\s+(?:coutant|reduit|d'ami|democratique|casse|plancher|avantageux)\b
        | \bprix\s+d'ami\b
        | \bmoitie\s+prix\b
        | \btegen\s+(?:kost|vrienden|inkoop)prijs\b
        | \btegen\s+(?:een\s+)?(?:gereduceerde|verminderde|zachte|democratische|halve|vriendelijke)\s+prijs\b
        | \bhalve\s+prijs\b
        | \bat\s+cost(?:\s+price)?\b
        | \b(?:at|for)\s+(?:a\s+)?(?:reduced|discounted|friendly|half|low)\s+price\b
        | \bhalf[\s-]price\b
        | \b\d+\s?%\s+(?:de\s+)?(?:reduction|remise|ristourne|korting|discount|off)\b   # "une remise" alone is a shed
        | \bristournes?\b
        | \bkorting(?:en|s\w+)?\b
        | \bdiscount(?:s|ed)?\b
        | \brembours\w*
        | \bdefraiement\w*
        | \b(?:prise|prendre|prenons|prenez)\s+en\s+charge\s+(?:des|les|nos|vos|de\s+nos|de\s+vos)\s+frais\b
        | \b\w*vergoeding(?:en)?\b
        | \bterugbetal\w*
        | \breimburse\w*
        | \b(?:entry|entrance|membership|registration|admission|participation|tuition|annual|monthly|service|rental|booking)
          \s+fees?\b                                               # bare "fee" would catch the French "fée"
        | \bfor\s+a\s+(?:small\s+)?fee\b
        """, Options)]
    private static partial Regex PricesAndCosts();

    // Innocent phrases that contain a money word.
    [GeneratedRegex("""
        # Things, shops and skills named after money.
          \bcash[\s-]*(?:registers?|desks?|flow)\b
        | \bcashflow\b
        | \bcash\s*(?:&|and|n|'n'?)\s*carry\b
        | \bmoney[\s-]+(?:management|saving|box(?:es)?)\b
        | \b(?:save|saves|saving)\s+money\b
        | \b(?:play|monopoly|toy|fake)\s+money\b
        | \b(?:speel|nep|monopoly)geld\b
        | \bporte-?monnaies?\b
        | \b(?:theatre\s+(?:royal\s+)?|place\s+|opera\s+)de\s+la\s+monnaie\b
        # Silver.
        | \b(?:medailles?|noces|couleur|papier|fil|feuilles?|peinture|bombe|coupes?)\s+(?:d'|en\s+)?argent\b
        | \b(?:bijoux|bagues?|colliers?|bracelets?|couverts|plateaux?|chandeliers?|theieres?)\s+en\s+argent\b
        | \bargent\s+(?:massif|sterling|925)\b
        # Species and storytelling.
        | \b(?:riches?|pauvres?)\s+en\s+especes\b
        | \ben\s+especes\s+(?:indigenes|locales|vegetales|animales|protegees|menacees|differentes|variees)\b
        | \ben\s+contant\s+(?:des|une|un|les|la|le|l')
        # Pallets, engine norms and football.
        | \b(?:euro|eur)[\s-]?(?:palettes?|pallets?|paletten)\b
        | \b(?:palettes?|pallets?|paletten)\s+(?:euro|eur)\b
        | \beuro\s?[1-7][a-d]?\b(?![.,]\d|\s?,-)
        | \beuro\s?(?:19|20)\d\d\b
        # Help with the paperwork for a subsidy is a skill.
        | \b(?:dossiers?|demandes?|formulaires?)\s+de\s+(?:demande\s+de\s+)?(?:subsides?|subventions?)\b
        | \bsubsidie(?:aanvra|dossier|loket)\w*
        | \b(?:grants?|subsid(?:y|ies))[\s-]+(?:writing|applications?|proposals?|writers?)\b
        # Lending things.
        | \bon\s+loan\b
        | \bloans?\s+of\b
        # Saying there is no money: "sans argent", "pas de soutien financier", "zonder geld", "non-financial".
        | \b(?:sans|pas|ni|aucune?|jamais|geen|zonder|nooit|no|without|not|never|non|niet)[\s-]+
          (?:(?:besoin\s+d'|de\s+l'|de\s+la|du|des|de|d'|l'|any|een|enige?|echange\s+d'|exchange\s+of|uitwisseling\s+van)\s*)?
          (?:(?:aide|soutien|apport|dons?|contribution|sponsoring|participation|steun|bijdrage|support|donations?|sponsorship
              |help|hulp)\s+)?
          (?:argent|geld|money|cash|especes|contant\w*|monetary|monetaire?|financ\w*|euros?)\b
        """, Options)]
    private static partial Regex Exceptions();

    // "Séance photo (valeur 300 €)" prices a service in kind; it does not ask for the money.
    [GeneratedRegex($$"""
        (?:\b(?:valeur|valant|waarde|value|worth)\b|\bt\.w\.v\.?)
        [^\d€$£\n]{0,25}?
        {{Amount}}
        """, Options)]
    private static partial Regex ValueEstimates();
}
