using System.Globalization;
using System.Text;

namespace Winwin.Data;

/// <summary>Text compared the way people mean it: without case, accents or spacing.</summary>
public static class TextKey
{
    /// <summary>Lower case without accents, so that "eglise" finds "Église".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded, with runs of white space as one space: "Pneus  d'hiver" and "pneus d'hiver" are one title.</summary>
    public static string Words(string text) =>
        string.Join(' ', Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The identity of an organisation's name: "Croix-Rouge  de Wavre" and "croix rouge de wavre" are one
    /// organisation (case, accents, spaces and punctuation ignored).
    /// </summary>
    public static string NameKey(string name)
    {
        var folded = Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
