namespace Winwin.Live.Features.Phone;

/// <summary>
/// The phone pages' links, always written from the site's root: the pages carry <c>&lt;base href="/"&gt;</c>, against
/// which a bare <c>#section</c> or <c>?q=</c> would lead to the home page.
/// </summary>
public static class PhoneLinks
{
    public static string Home(string slug) => $"/e/{Uri.EscapeDataString(slug)}";

    public static string List(string slug, FinderKind kind, string? query = null, string? category = null, int page = 1)
    {
        var parameters = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
        {
            parameters.Add("q=" + Uri.EscapeDataString(query.Trim()));
        }
        if (!string.IsNullOrEmpty(category))
        {
            parameters.Add("c=" + Uri.EscapeDataString(category));
        }
        if (page > 1)
        {
            parameters.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var path = $"{Home(slug)}/{PhoneSetup.Segment(kind)}";
        return parameters.Count == 0 ? path : path + "?" + string.Join('&', parameters);
    }

    public static string Organization(string slug, int id) =>
        $"{Home(slug)}/participants/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
