namespace Winwin.Live.Features.Mail;

/// <summary>
/// The site's public address, for the links in letters: <c>Winwin:PublicBaseUrl</c> when set (behind a proxy that does
/// not forward the host, or to send from a background task), else the address of the request being answered.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration, IHttpContextAccessor http)
{
    private readonly string? _configured = Normalize(configuration["Winwin:PublicBaseUrl"]);

    /// <summary>The base address without its final slash (e.g. <c>https://bourse.namur.be</c>); null when none is known.</summary>
    public string? Current()
    {
        if (_configured is not null)
        {
            return _configured;
        }
        return http.HttpContext?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null;
    }

    /// <summary>
    /// The configured address only (null when not set). For the letters anyone can make the site send (a registration on
    /// the public form): a request's Host header is the caller's to choose, and would let a stranger send the municipality's
    /// mail with a link to a site of theirs.
    /// </summary>
    public string? Configured() => _configured;

    internal static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Setting Winwin:PublicBaseUrl « {value} » is not an http(s) address, e.g. https://bourse.namur.be.");
        }
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
