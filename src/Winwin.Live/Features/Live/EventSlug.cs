using System.Text.RegularExpressions;

namespace Winwin.Live.Features.Live;

/// <summary>Event slugs as they appear in URLs: lower-case letters, digits and dashes.</summary>
public static partial class EventSlug
{
    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= Winwin.Data.Event.SlugMaxLength } && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
