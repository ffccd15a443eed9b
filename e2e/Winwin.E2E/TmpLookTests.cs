using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Messages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class TmpLookTests(LiveSite site)
{
    [Fact]
    public async Task Look()
    {
        var ev = await site.App.CreateEventAsync("bourse-look");
        var staff = await site.App.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "500 affiches A3 pour le festival", 0, 1);
        await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", 2, 3);
        await WinwinApplication.AnnounceAsync(staff, ev, "Un atelier de réparation de vélos pour le personnel", 2, 1);
        var board = await site.OpenAsync(1920, 1080);
        var phone = await site.OpenAsync(390, 844);
        await board.GotoAsync($"/e/{ev.Slug}/board");
        await phone.GotoAsync($"/e/{ev.Slug}");
        await board.Locator(".board[data-connection='live']").WaitForAsync();
        var messages = site.App.Services.GetRequiredService<MessageService>();
        var actor = new StaffActor("x", "X");
        await messages.PostAsync(ev.Slug, "Merci à tous ! Rendez-vous pour le drink.", actor);
        await messages.PostAsync(ev.Slug, "Dernier appel : annoncez vos accords aux facilitateurs. Les tables 1 à 12 ferment dans dix minutes, pensez à ranger vos stands svp !!", actor);
        await messages.PostAsync(ev.Slug, "Plus que 15 minutes pour conclure vos accords !", actor);
        await board.Locator("#messages .message").Nth(2).WaitForAsync();
        await Task.Delay(1500);
        await board.ScreenshotAsync(new() { Path = "/tmp/ww-shots/look-board3.png" });
        await phone.Locator("#messages .message").Nth(2).WaitForAsync();
        await Task.Delay(1500);
        await phone.ScreenshotAsync(new() { Path = "/tmp/ww-shots/look-phone3.png" });
        await board.ReloadAsync();
        await board.ScreenshotAsync(new() { Path = "/tmp/ww-shots/look-board3-ssr.png" });
        // mid-animation
        await messages.PostAsync(ev.Slug, "Le drink commence au bar !", actor);
        await Task.Delay(350);
        await board.ScreenshotAsync(new() { Path = "/tmp/ww-shots/look-board-anim.png" });
    }
}
