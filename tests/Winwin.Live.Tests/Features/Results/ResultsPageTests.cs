using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests.Features.Results;

/// <summary>The public results page <c>/e/{slug}/results</c> and its share picture.</summary>
public class ResultsPageTests
{
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Two deals: Gilson (company) with the Petits Débrouillards (association), Piron (company) with the Restos (association).</summary>
    private static async Task<TestEvent> TwoDealsAsync(WinwinApplication app)
    {
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "500 affiches A3 en couleur");
        await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);
        return ev;
    }

    /// <summary>The figure of a key-figure tile, as the page shows it; null when the tile is absent.</summary>
    private static string? Figure(string html, string key) =>
        Regex.Match(html, $"data-figure=\"{key}\">\\s*<dt>[^<]*</dt>\\s*<dd class=\"figure\">([^<]*)</dd>") is { Success: true } m ? m.Groups[1].Value : null;

    [Fact]
    public async Task Results_OneOrganisationAgreed_ItIsNamedAndTheOthersAreShownByTheirKind()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        await app.SetOrganizationAsync(ev.Organizations[0], o => o.ShowInReport = true);

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");

        Assert.Contains("Imprimerie Gilson", html);
        Assert.DoesNotContain("Les Petits Débrouillards", html);
        Assert.DoesNotContain("Garage Piron", html);
        Assert.DoesNotContain("Restos du Cœur", html);
        Assert.Contains("Une association", html);
        Assert.Contains("Une entreprise", html);
        // What each party gives is the point of the page.
        Assert.Contains("500 affiches A3 en couleur", html);
        Assert.Contains("Une camionnette le samedi", html);
        var thanks = Regex.Match(html, "<ul class=\"thanks-list\"[^>]*>(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["Imprimerie Gilson"], Regex.Matches(thanks, "<li>([^<]*)</li>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Results_EveryOrganisationNamed_NoContactDataNotesOrFollowUpInPageOrPicture()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            foreach (var organization in db.Organizations.Where(o => o.EventId == ev.Id))
            {
                organization.ShowInReport = true;
                organization.Notes = "Note interne : rappeler Mme Lambotte au 0477 99 88 77";
            }
            var deal = await db.Deals.SingleAsync(d => d.EventId == ev.Id && d.Number == 1);
            deal.FollowUpStatus = FollowUpStatus.Done;
            deal.FollowUpNotes = "Suivi confidentiel : facture égarée";
            await db.SaveChangesAsync();
        }
        var client = app.CreateClient();

        var html = await PageAsync(client, $"/e/{ev.Slug}/results");
        var card = await client.GetStringAsync($"/e/{ev.Slug}/results.svg");

        Assert.Contains("Les Petits Débrouillards", html);
        Assert.Contains("Restos du Cœur Namur", html);
        Assert.NotEmpty(ev.ContactData);
        string[] secrets = [.. ev.ContactData, "Lambotte", "0477 99 88 77", "Suivi confidentiel", "Staff 1"];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase));
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, card, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("@", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_KeyFigures_EqualTheStaffReport()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        // A one-way deal: Gilson gives, the Restos receive.
        var oneWay = new AnnounceDealCommand(Guid.NewGuid(), [new AnnounceDealParty(ev.Organizations[0], "Des enveloppes"), new AnnounceDealParty(ev.Organizations[3], null)],
            [], ev.MeansCategoryId);
        (await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", oneWay, LiveJson.Options)).EnsureSuccessStatusCode();
        await app.SetEventAsync(ev.Id, e => e.ShowSocialValue = true);
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            var deals = await db.Deals.Where(d => d.EventId == ev.Id).OrderBy(d => d.Number).ToListAsync();
            (deals[0].FollowUpStatus, deals[0].EstimatedValue) = (FollowUpStatus.Done, 1200m);
            (deals[1].FollowUpStatus, deals[1].EstimatedValue) = (FollowUpStatus.NotFeasible, 350m);
            (deals[2].FollowUpStatus, deals[2].EstimatedValue) = (FollowUpStatus.PartlyDone, null);
            (await db.Listings.SingleAsync(l => l.Id == ev.RequestId)).Status = ListingStatus.Fulfilled;
            await db.SaveChangesAsync();
        }

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");
        var report = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Slug}/report", LiveJson.Options)).GetProperty("report");

        var fr = CultureInfo.GetCultureInfo("fr");
        string Percent(JsonElement rate) => (rate.GetDecimal() * 100).ToString("0.#", fr) + " %";
        Assert.Equal(report.GetProperty("deals").GetInt32().ToString(fr), Figure(html, "deals"));
        Assert.Equal(report.GetProperty("organizations").GetInt32().ToString(fr), Figure(html, "organizations"));
        Assert.Equal(report.GetProperty("requestsFulfilled").GetInt32().ToString(fr), Figure(html, "requestsFulfilled"));
        Assert.Equal(Percent(report.GetProperty("reciprocityRate")), Figure(html, "winWin"));
        Assert.Equal(Percent(report.GetProperty("followUp").GetProperty("realisationRate")), Figure(html, "realisation"));
        Assert.Equal(string.Format(fr, "{0:N0} €", report.GetProperty("socialValue").GetDecimal()), Figure(html, "socialValue"));
        // The figures themselves, so that both cannot be wrong together: 3 deals, 2 of them win-win, 2 realised of 3 followed up.
        Assert.Equal(("3", "66,7 %", "66,7 %", "1", "1 550 €"),
            (Figure(html, "deals"), Figure(html, "winWin"), Figure(html, "realisation"), Figure(html, "requestsFulfilled"), Figure(html, "socialValue")?.Replace('\u202f', ' ').Replace('\u00a0', ' ')));
    }

    [Fact]
    public async Task Results_NothingFollowedUpAndValueNotShown_NoRealisationOrValueTile()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");

        Assert.Equal("2", Figure(html, "deals"));
        Assert.Null(Figure(html, "realisation"));
        Assert.Null(Figure(html, "socialValue"));
    }

    [Fact]
    public async Task Results_RetractedAndPendingDeals_NeitherListedNorCounted()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Un frigo tout neuf", first: 0, second: 3);
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            var deals = await db.Deals.Where(d => d.EventId == ev.Id).OrderBy(d => d.Number).ToListAsync();
            deals[1].Status = DealStatus.Retracted;
            deals[2].Status = DealStatus.Pending;
            await db.SaveChangesAsync();
        }

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");

        Assert.Equal("1", Figure(html, "deals"));
        Assert.Contains("500 affiches A3 en couleur", html);
        Assert.DoesNotContain("Une camionnette le samedi", html);
        Assert.DoesNotContain("Un frigo tout neuf", html);
        Assert.Equal(["1"], Regex.Matches(html, "<li class=\"deal\" data-number=\"(\\d+)\"").Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("fr", "Résultats — Bourse Winwin de Namur", "Une association", "Merci aux participants")]
    [InlineData("nl", "Resultaten — Bourse Winwin de Namur", "Een vereniging", "Bedankt aan de deelnemers")]
    [InlineData("en", "Results — Bourse Winwin de Namur", "An association", "Thanks to the participants")]
    public async Task Results_LanguageChosen_ShownInThatLanguage(string language, string heading, string association, string thanks)
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        await client.GetAsync($"/culture/{language}?returnUrl=/e/{ev.Slug}/results");
        var html = await PageAsync(client, $"/e/{ev.Slug}/results");
        var card = await client.GetStringAsync($"/e/{ev.Slug}/results.svg?culture={language}");

        Assert.Contains($"lang=\"{language}\"", html);
        Assert.Contains(heading, html);
        Assert.Contains(association, html);
        Assert.Contains(thanks, html);
        Assert.Contains($"/e/{ev.Slug}/results.png?culture={language}", html);
        Assert.Contains(heading.Split(' ')[0], card);
    }

    [Fact]
    public async Task Results_EventStillOpen_ProvisionalAndNotIndexed_ClosedThenFinal()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var client = app.CreateClient();

        var open = await PageAsync(client, $"/e/{ev.Slug}/results");
        var openCard = await client.GetStringAsync($"/e/{ev.Slug}/results.svg");
        var phoneOpen = await PageAsync(client, $"/e/{ev.Slug}");
        await app.SetEventAsync(ev.Id, e => e.Phase = EventPhase.Closed);
        var closed = await PageAsync(client, $"/e/{ev.Slug}/results");
        var closedCard = await client.GetStringAsync($"/e/{ev.Slug}/results.svg");
        var phoneClosed = await PageAsync(client, $"/e/{ev.Slug}");

        Assert.Contains("Résultats provisoires", open);
        Assert.Contains("ce qui a été annoncé jusqu'ici", open);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\"", open);
        Assert.Contains("Résultats provisoires", openCard);
        Assert.Equal("2", Figure(open, "deals"));
        Assert.DoesNotContain("Résultats provisoires", closed);
        Assert.DoesNotContain("noindex", closed);
        Assert.DoesNotContain("Résultats provisoires", closedCard);
        Assert.DoesNotContain($"/e/{ev.Slug}/results", phoneOpen);
        Assert.Contains($"href=\"/e/{ev.Slug}/results\"", phoneClosed);
    }

    [Fact]
    public async Task Results_BeforeAnyDeal_PageAndPictureStillAnswer()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        await app.SetEventAsync(ev.Id, e => e.Phase = EventPhase.BeforeOpening);

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");

        Assert.Equal("0", Figure(html, "deals"));
        Assert.Equal("—", Figure(html, "winWin"));
        Assert.Contains("Aucun accord annoncé pour l'instant.", html);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/e/{ev.Slug}/results.svg")).StatusCode);
    }

    [Fact]
    public async Task Results_SharedLink_CarriesOpenGraphTitleDescriptionAndPicture()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);

        var html = await PageAsync(app.CreateClient(), $"/e/{ev.Slug}/results");

        Assert.Contains("<meta property=\"og:title\" content=\"Résultats · Bourse Winwin de Namur\"", html);
        Assert.Contains("<meta property=\"og:description\" content=\"2 accords, 100 % win-win, 4 organisations participantes.", html);
        // PNG: Facebook, LinkedIn, X and WhatsApp show no SVG picture.
        Assert.Matches($"<meta property=\"og:image\" content=\"http://[^\"]+/e/{ev.Slug}/results.png\\?culture=fr\"", html);
        Assert.Contains("<meta property=\"og:image:type\" content=\"image/png\"", html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\"", html);
        Assert.Matches($"<meta name=\"twitter:image\" content=\"http://[^\"]+/e/{ev.Slug}/results.png\\?culture=fr\"", html);
    }

    [Fact]
    public async Task ResultsPicture_Png_TheCardDrawnAt1200By630WithItsText()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/results.png");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1200, 630), PngSize(png));
        var (teal, white, whiteFigures) = CountColours(png);
        // The card's background, and its text: only the event's name and the figures are pure white, so white
        // pixels mean the text was drawn with a font, not left out or drawn as empty boxes.
        Assert.True(teal > 1200 * 630 / 2, $"{teal} teal pixels");
        Assert.True(white > 2000, $"{white} white pixels");
        Assert.True(whiteFigures > 1000, $"{whiteFigures} white pixels where the figures are");
    }

    [Fact]
    public async Task ResultsPicture_PngInAnotherLanguage_AnotherPicture()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var client = app.CreateClient();

        var fr = await client.GetByteArrayAsync($"/e/{ev.Slug}/results.png?culture=fr");
        var nl = await client.GetByteArrayAsync($"/e/{ev.Slug}/results.png?culture=nl");
        var frAgain = await client.GetByteArrayAsync($"/e/{ev.Slug}/results.png?culture=fr");

        Assert.NotEqual(fr, nl);
        Assert.Equal(fr, frAgain);
    }

    [Fact]
    public async Task ResultsPicture_WidePercentage_EachFigureKeepsToItsThird()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        // A one-way deal: 2 win-win of 3, "66,7 %", the widest figure a card shows.
        var oneWay = new AnnounceDealCommand(Guid.NewGuid(), [new AnnounceDealParty(ev.Organizations[0], "Des enveloppes"), new AnnounceDealParty(ev.Organizations[3], null)],
            [], ev.MeansCategoryId);
        (await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", oneWay, LiveJson.Options)).EnsureSuccessStatusCode();
        var client = app.CreateClient();

        var svg = await client.GetStringAsync($"/e/{ev.Slug}/results.svg");
        var png = await client.GetByteArrayAsync($"/e/{ev.Slug}/results.png");

        // Measured with the card's own font, at the size the card gives it: each figure fits its third (372 px, a gap kept).
        using var bold = SkiaSharp.SKTypeface.FromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        var figures = Regex.Matches(svg, "<text class=\"f\" x=\"\\d+\" y=\"420\"(?: style=\"font-size:(\\d+)px\")?>([^<]*)</text>");
        Assert.Equal(["3", "66,7 %", "4"], figures.Select(f => WebUtility.HtmlDecode(f.Groups[2].Value)));
        Assert.All(figures, f =>
        {
            using var font = new SkiaSharp.SKFont(bold, f.Groups[1].Success ? int.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 104);
            var width = font.MeasureText(WebUtility.HtmlDecode(f.Groups[2].Value));
            Assert.True(width <= 372 - 24, $"{f.Groups[2].Value}: {width} px");
        });
        // And drawn so: nothing white in the gaps before the second and third figures.
        Assert.Equal(0, Count(png, (x, y, pixel) => y is > 320 and < 430 && x is (> 412 and < 434) or (> 784 and < 806) && pixel is { Red: 0xff, Green: 0xff, Blue: 0xff }));
    }

    /// <summary>Width and height from the PNG's header (the IHDR chunk right after the signature).</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24, "Too short for a PNG");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Pixels of the background's teal (#0f766e), pure white ones, and white ones in the band of the key figures.</summary>
    private static (int Teal, int White, int WhiteFigures) CountColours(byte[] png) =>
        (Count(png, (_, _, pixel) => pixel is { Red: 0x0f, Green: 0x76, Blue: 0x6e }),
            Count(png, (_, _, pixel) => pixel is { Red: 0xff, Green: 0xff, Blue: 0xff }),
            Count(png, (_, y, pixel) => y is > 330 and < 425 && pixel is { Red: 0xff, Green: 0xff, Blue: 0xff }));

    private static int Count(byte[] png, Func<int, int, SkiaSharp.SKColor, bool> where)
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                count += where(x, y, bitmap.GetPixel(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    [Fact]
    public async Task ResultsPicture_KnownEvent_SvgOfTheSizeSocialNetworksShow()
    {
        await using var app = new WinwinApplication();
        var ev = await TwoDealsAsync(app);

        var response = await app.CreateClient().GetAsync($"/e/{ev.Slug}/results.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"", svg, StringComparison.Ordinal);
        Assert.Contains("Bourse Winwin de Namur", svg);
        Assert.Contains(">2</text>", svg);
        // Well-formed XML, or no network shows it.
        System.Xml.Linq.XDocument.Parse(svg);
    }

    [Theory]
    [InlineData("/e/nowhere/results")]
    [InlineData("/e/nowhere/results.svg")]
    [InlineData("/e/nowhere/results.png")]
    [InlineData("/e/NOT_A_SLUG/results")]
    public async Task Results_UnknownEvent_NotFound(string path)
    {
        await using var app = new WinwinApplication();
        await app.CreateEventAsync();

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Results_EmbedSitesListed_OnlyTheseSitesMayFrameOnlyThisPage()
    {
        await using var app = new WinwinApplication();
        var listed = await app.CreateEventAsync("namur");
        var unlisted = await app.CreateEventAsync("dinant");
        // As saved by an older version or by hand: what is not an origin is left out, never copied into the header.
        await app.SetEventAsync(listed.Id, e => e.ResultsEmbedSites = "https://www.namur.be http://localhost:8080 https://evil.example;script-src https://evil.example/path");
        var client = app.CreateClient();

        var embeddable = await client.GetAsync("/e/namur/results");
        var phone = await client.GetAsync("/e/namur");
        var other = await client.GetAsync("/e/dinant/results");

        var policy = embeddable.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors https://www.namur.be http://localhost:8080", policy, StringComparison.Ordinal);
        Assert.False(embeddable.Headers.Contains("X-Frame-Options"));
        Assert.EndsWith("frame-ancestors 'none'", phone.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", phone.Headers.GetValues("X-Frame-Options").Single());
        Assert.EndsWith("frame-ancestors 'none'", other.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", other.Headers.GetValues("X-Frame-Options").Single());
    }
}
