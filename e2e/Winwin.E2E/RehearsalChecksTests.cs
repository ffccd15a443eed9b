using Winwin.E2E.Rehearsal;

namespace Winwin.E2E;

/// <summary>The rehearsal's checks, tried on pages made to break them: each must see what it is there to see.</summary>
[Collection(LiveSiteCollection.Name)]
public class RehearsalChecksTests(LiveSite site)
{
    [Fact]
    public async Task LayoutCheck_BrokenPage_ReportsCutLeavingOverlappingAndUnfittingText()
    {
        var page = await site.OpenAsync(360, 640);
        await page.SetContentAsync("""
            <style>body { margin: 0; font: 16px sans-serif; }</style>
            <div style="height: 40px; overflow: hidden; width: 300px"><p>Spotlight party one</p><p>Spotlight party two, cut by the footer</p></div>
            <p style="white-space: nowrap">A line far too long for a phone screen of three hundred and sixty pixels</p>
            <div style="position: relative; height: 30px"><span style="position: absolute; left: 0">OUVRIR</span><span style="position: absolute; left: 10px">RÉGLAGES</span></div>
            <select style="width: 90px"><option>Toutes catégories</option></select>
            <input style="width: 120px" placeholder="Chercher une offre, une demande" />
            <p style="width: 120px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Shortened on purpose with an ellipsis</p>
            """);

        var result = await LayoutCheck.RunAsync(page);

        Assert.Contains(result.Problems, p => p.StartsWith("cut by div", StringComparison.Ordinal) && p.Contains("cut by the footer", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("leaves the screen sideways", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("overlaps", StringComparison.Ordinal) && p.Contains("OUVRIR", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("does not fit its field: select", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("does not fit its field: input", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Contains("Shortened on purpose", StringComparison.Ordinal));
        Assert.Equal(1, result.Shortened);
    }

    [Fact]
    public async Task LayoutCheck_PageThatFits_NothingReported()
    {
        var page = await site.OpenAsync(360, 640);
        await page.SetContentAsync("""
            <style>body { margin: 0; font: 16px sans-serif; }</style>
            <div style="overflow: hidden; width: 300px"><p>Spotlight party one</p><p>Spotlight party two</p></div>
            <select style="width: 200px"><option>Toutes catégories</option></select>
            """);

        var result = await LayoutCheck.RunAsync(page);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task LayoutCheck_ClosedDetailsOverText_NothingReportedUntilOpened()
    {
        var page = await site.OpenAsync(360, 640);
        await page.SetContentAsync("""
            <style>body { margin: 0; font: 16px sans-serif; } details div { position: absolute; top: 0; left: 0; }</style>
            <p>Où en est cet accord ?</p>
            <details><summary>Signaler une erreur</summary><div><button>Envoyer le signalement</button></div></details>
            """);

        var closed = await LayoutCheck.RunAsync(page);
        await page.Locator("summary").ClickAsync();
        var open = await LayoutCheck.RunAsync(page);

        Assert.Empty(closed.Problems);
        Assert.Contains(open.Problems, p => p.StartsWith("overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkCrawler_BareFragmentUnderBaseHref_ReportedAsLeadingElsewhere()
    {
        var page = await site.OpenAsync(390, 844);
        await page.GotoAsync("/account/login");
        // The mistake of the first phone page: a section link written "#offers" under <base href="/">.
        await page.EvaluateAsync("""
            () => {
              const a = document.createElement('a'); a.href = '#offers'; a.textContent = 'Offres'; document.body.appendChild(a);
              const b = document.createElement('a'); b.href = '/e/nowhere-at-all'; b.textContent = 'Nulle part'; document.body.appendChild(b);
            }
            """);

        var (links, problems) = await site.Links.CheckAsync(page);

        Assert.True(links >= 2);
        Assert.Contains(problems, p => p.Contains("/#offers leads to a page without #offers", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("/e/nowhere-at-all answered 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessibilityCheck_ButtonWithoutName_ReportedAsCritical()
    {
        var page = await site.OpenAsync(390, 844);
        await page.SetContentAsync("""<html lang="fr"><head><title>Essai</title></head><body><main><h1>Essai</h1><button><svg width="10" height="10"></svg></button></main></body></html>""");

        var (_, violations, _) = await AccessibilityCheck.RunAsync(page);

        Assert.Contains(violations, v => v.StartsWith("critical button-name", StringComparison.Ordinal));
    }
}
