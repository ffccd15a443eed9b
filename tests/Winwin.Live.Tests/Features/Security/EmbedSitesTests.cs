using Winwin.Live.Features.Security;

namespace Winwin.Live.Tests.Features.Security;

public class EmbedSitesTests
{
    [Theory]
    [InlineData("https://www.namur.be", "https://www.namur.be")]
    [InlineData("https://www.namur.be/", "https://www.namur.be")]
    [InlineData("HTTPS://WWW.Namur.BE", "https://www.namur.be")]
    [InlineData("https://intranet.gent.be:8443", "https://intranet.gent.be:8443")]
    [InlineData("https://www.namur.be:443", "https://www.namur.be")]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    [InlineData("http://localhost", "http://localhost")]
    public void Origin_AcceptedSite_TheOriginABrowserMatches(string entry, string origin) => Assert.Equal(origin, EmbedSites.Origin(entry));

    [Theory]
    [InlineData("http://www.namur.be")]
    [InlineData("https://www.namur.be/actualites")]
    [InlineData("https://www.namur.be?x=1")]
    [InlineData("https://*.namur.be")]
    [InlineData("www.namur.be")]
    [InlineData("'self'")]
    [InlineData("*")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user@www.namur.be")]
    [InlineData("https://www.namur.be;script-src")]
    [InlineData("http://localhost.evil.example")]
    public void Origin_AnythingElse_Refused(string entry) => Assert.Null(EmbedSites.Origin(entry));

    [Fact]
    public void Parse_MixedList_KeepsTheOriginsOnceAndRefusedNamesTheRest()
    {
        const string sites = "https://www.namur.be  http://evil.example\nhttps://www.namur.be/ https://namur.be";

        Assert.Equal(["https://www.namur.be", "https://namur.be"], EmbedSites.Parse(sites));
        Assert.Equal(["http://evil.example"], EmbedSites.Refused(sites));
        Assert.Empty(EmbedSites.Parse(null));
    }
}
