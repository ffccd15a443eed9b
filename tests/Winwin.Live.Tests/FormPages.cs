using System.Text.RegularExpressions;

namespace Winwin.Live.Tests;

/// <summary>What a test needs to post a server-rendered form as a browser does.</summary>
public static partial class FormPages
{
    /// <summary>The antiforgery token the rendered form carries.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
