using Winwin.Data;

namespace Winwin.Live.Features.Phone;

/// <summary>The phone's finder on the server (for phones without script): every word must appear, accents and case ignored.</summary>
public static class PhoneSearch
{
    public static bool Matches(string? query, params string?[] texts)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }
        var haystack = TextKey.Fold(string.Join(' ', texts.Where(t => t is not null)));
        return TextKey.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }
}
