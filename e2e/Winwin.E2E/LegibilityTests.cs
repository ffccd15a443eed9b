using Microsoft.Playwright;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;
using Xunit.Abstractions;

namespace Winwin.E2E;

/// <summary>The board is read from 10 metres: its text is measured, not guessed.</summary>
[Collection(LiveSiteCollection.Name)]
public class LegibilityTests(LiveSite site, ITestOutputHelper output)
{
    // For every visible text on the page: its font size and its contrast with the background it sits on (WCAG formula).
    private const string MeasureScript = """
        () => {
          const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const background = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3); } return [255, 255, 255]; };
          const result = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el || el.closest('template,script,style,[hidden]')) continue;
            const rect = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || rect.bottom < 0 || rect.top > innerHeight) continue;
            const fg = rgb(style.color).slice(0, 3), bg = background(el);
            const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
            result.push({ text: node.textContent.trim().slice(0, 40), size: parseFloat(style.fontSize), contrast: (a + 0.05) / (b + 0.05) });
          }
          return result;
        }
        """;

    private sealed class Measure
    {
        public string Text { get; set; } = "";
        public double Size { get; set; }
        public double Contrast { get; set; }
    }

    [Theory]
    [InlineData(1920, 1080, 28)]
    [InlineData(3840, 2160, 56)]
    public async Task Board_EveryVisibleText_LargeEnoughAndContrastedEnough(int width, int height, double minimumPixels)
    {
        await site.RunAsync(async () =>
        {
            var ev = await site.App.CreateEventAsync($"bourse-lisible-{width}");
            var staff = await site.App.CreateClientAsync(Winwin.Data.StaffRoles.Facilitator);
            await WinwinApplication.AnnounceAsync(staff, ev, "500 affiches A3 pour le festival");
            await WinwinApplication.AnnounceAsync(staff, ev, "Un local pour la fête", first: 2, second: 3);
            var board = new BoardPage(await site.OpenAsync(width, height));
            await board.OpenAsync(ev.Slug);

            var measures = await board.Page.EvaluateAsync<Measure[]>(MeasureScript);

            var smallest = measures.MinBy(m => m.Size)!;
            var weakest = measures.MinBy(m => m.Contrast)!;
            output.WriteLine($"{width}×{height}: {measures.Length} texts; smallest {smallest.Size:F1} px (\"{smallest.Text}\"); lowest contrast {weakest.Contrast:F2}:1 (\"{weakest.Text}\").");
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, $"board-{width}.png"), Animations = ScreenshotAnimations.Disabled });
            Assert.True(smallest.Size >= minimumPixels, $"\"{smallest.Text}\" is {smallest.Size} px");
            // WCAG AA: 4.5:1 for normal text (all of the board's text is also "large", for which 3:1 would do).
            Assert.True(weakest.Contrast >= 4.5, $"\"{weakest.Text}\" has a contrast of {weakest.Contrast:F2}:1");
        });
    }

    [Theory]
    [InlineData(1280, 720, 18.6)]
    [InlineData(1920, 1080, 28)]
    [InlineData(3840, 2160, 56)]
    public async Task BigBourseBoard_MessageUpThreePartyDeal_EveryVisibleTextLargeEnoughAndContrastedEnough(int width, int height, double minimumPixels)
    {
        await site.RunAsync(async () =>
        {
            await Rehearsal.RehearsalBourses.EnsureAsync(site, Rehearsal.RehearsalBourses.Open);
            var board = new BoardPage(await site.OpenAsync(width, height));
            await board.OpenAsync(Rehearsal.RehearsalBourses.Open);
            await DressRehearsalTests.ReadyAsync(board.Page, null);

            var measures = await board.Page.EvaluateAsync<Measure[]>(MeasureScript);

            var smallest = measures.MinBy(m => m.Size)!;
            var weakest = measures.MinBy(m => m.Contrast)!;
            output.WriteLine($"Big bourse, {width}×{height}, message up: {measures.Length} texts; smallest {smallest.Size:F1} px (\"{smallest.Text}\"); " +
                $"lowest contrast {weakest.Contrast:F2}:1 (\"{weakest.Text}\").");
            Assert.True(smallest.Size >= minimumPixels, $"\"{smallest.Text}\" is {smallest.Size} px");
            Assert.True(weakest.Contrast >= 4.5, $"\"{weakest.Text}\" has a contrast of {weakest.Contrast:F2}:1");
        });
    }
}
