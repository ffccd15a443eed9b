using System.Text.RegularExpressions;

namespace Winwin.Live.Features.Security;

/// <summary>
/// The sites allowed to show a page of ours in a frame (a municipality's website showing the results). Every response
/// refuses to be framed (<c>frame-ancestors 'none'</c>) unless its page names the sites it allows with <see cref="Allow"/>.
/// </summary>
public static partial class EmbedSites
{
    private static readonly object ItemKey = new();

    /// <summary>
    /// The origins of a list separated by spaces that a browser can match in <c>frame-ancestors</c>, in a form that cannot
    /// change the policy: <c>https://host[:port]</c>, or <c>http://localhost[:port]</c> for trying a page on one's own
    /// machine. Anything else (a path, a wildcard, a bare host, plain http elsewhere) is left out.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? sites) => [.. Entries(sites).Select(Origin).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The entries of the list that are not such origins, as they were written.</summary>
    public static IReadOnlyList<string> Refused(string? sites) => [.. Entries(sites).Where(s => Origin(s) is null)];

    /// <summary>The origin an entry stands for (lower case, default port left out), or null when it is not one.</summary>
    public static string? Origin(string entry)
    {
        if (!Uri.TryCreate(entry, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.PathAndQuery != "/" || uri.Fragment.Length > 0)
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        var allowed = uri.Scheme == Uri.UriSchemeHttps ? HostName().IsMatch(host) : uri.Scheme == Uri.UriSchemeHttp && host == "localhost";
        return allowed ? uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}" : null;
    }

    /// <summary>Lets the sites in <paramref name="origins"/> frame this response (none: nobody may).</summary>
    public static void Allow(HttpContext context, IReadOnlyList<string> origins) => context.Items[ItemKey] = origins;

    /// <summary>The <c>frame-ancestors</c> directive of this response: the sites its page allowed, else <c>'none'</c>.</summary>
    public static string FrameAncestors(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is IReadOnlyList<string> { Count: > 0 } origins
            ? "frame-ancestors " + string.Join(' ', origins)
            : "frame-ancestors 'none'";

    private static string[] Entries(string? sites) =>
        (sites ?? "").Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);

    // Letters, digits and hyphens in dot-separated labels: nothing a policy could read as a separator or a keyword.
    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
