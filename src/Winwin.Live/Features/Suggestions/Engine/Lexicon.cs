namespace Winwin.Live.Features.Suggestions.Engine;

/// <summary>
/// The curated concept lexicon of common exchange terms in French, Dutch and English (Lexicon.txt, embedded),
/// written for Winwin Live: words that mean the same thing share a concept, so that "laptops" finds
/// "ordinateurs portables" and "bestelwagen" finds "camionnette". A concept may name a broader one
/// ("laptop &gt; computer"): a request for computers then also finds laptops, more weakly.
/// </summary>
/// <remarks>
/// <para>
/// Sources: the first part (from "computer" to "driver") was written for the project from the
/// exchanges that Belgian and Dutch bourses typically record. The category vocabularies (space,
/// visibility, hands, knowledge, means, transport) were written for the project from the definitions
/// of the default categories (docs: DESIGN.md, "Default categories") and the examples of the bourse's
/// own category descriptions. The wider concept groups at the end come from general-language thesaurus
/// knowledge of the three languages for what each category covers (near-synonyms, plural and diminutive
/// forms, the words of the trade). Each group names its source in the comment above it. Dutch words
/// were checked against the OpenTaal word list.
/// </para>
/// One concept per line: <c>name[ &gt; broader]: term, term, ...</c>; a concept named on several lines
/// gathers their terms. Terms are analysed like listing text (lower case, accents folded, stemmed in each
/// language), so singular and plural forms need not both be listed. Multi-word terms match consecutive words.
/// </remarks>
public static class Lexicon
{
    public static string Data { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Winwin.Live.Features.Suggestions.Engine.Lexicon.txt")
            ?? throw new InvalidOperationException("The concept lexicon is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
