using Microsoft.Playwright;
using Winwin.Data;
using Winwin.E2E.Pages;
using Winwin.Live.Tests;

namespace Winwin.E2E;

[Collection(LiveSiteCollection.Name)]
public class MessageTests(LiveSite site)
{
    [Fact]
    public async Task FacilitatorPostsAndRemovesMessage_BoardAndPhoneFollowWithoutReloading()
    {
        await site.RunAsync(async () =>
        {
            const string text = "Plus que 15 minutes !";
            var ev = await site.App.CreateEventAsync("bourse-messages");
            var board = await site.OpenBoardAsync(ev.Slug);
            var phone = await site.OpenPhoneAsync(ev.Slug);
            await Assertions.Expect(board.Page.Locator("#messages")).ToBeHiddenAsync();
            // Reloading would show the message from the server; the pages must get it live.
            var boardNavigations = 0;
            var phoneNavigations = 0;
            board.Page.FrameNavigated += (_, frame) => boardNavigations += frame.ParentFrame is null ? 1 : 0;
            phone.Page.FrameNavigated += (_, frame) => phoneNavigations += frame.ParentFrame is null ? 1 : 0;

            var control = await site.OpenControlPanelAsync(ev.Slug, StaffRoles.Facilitator, "Fatima Facilitatrice");
            var messages = new MessagesPanelPage(control.Page);
            var suggestion = await messages.ChooseSuggestionAsync(0);
            await Assertions.Expect(messages.Text).ToHaveValueAsync(suggestion.Trim());
            await messages.PostAsync(text);

            await Assertions.Expect(messages.Active(text)).ToBeVisibleAsync();
            await board.WaitForMessageAsync(text);
            await phone.WaitForMessageAsync(text);
            await Assertions.Expect(board.Message(text)).ToBeVisibleAsync();
            await Assertions.Expect(phone.Message(text)).ToBeVisibleAsync();
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "board-message.png"), Animations = ScreenshotAnimations.Disabled });
            await phone.Page.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "phone-message.png"), Animations = ScreenshotAnimations.Disabled });
            await messages.Panel.ScreenshotAsync(new() { Path = Path.Combine(LiveSite.ScreenshotDirectory, "control-messages.png"), Animations = ScreenshotAnimations.Disabled });

            await messages.RemoveAsync(text);

            await Assertions.Expect(messages.Active(text)).ToHaveCountAsync(0);
            await Assertions.Expect(board.Message(text)).ToHaveCountAsync(0, new() { Timeout = 5_000 });
            await Assertions.Expect(phone.Message(text)).ToHaveCountAsync(0, new() { Timeout = 5_000 });
            await Assertions.Expect(board.Page.Locator("#messages")).ToBeHiddenAsync();
            await Assertions.Expect(phone.Page.Locator("#messages")).ToBeHiddenAsync();
            Assert.Equal((0, 0), (boardNavigations, phoneNavigations));

            Assert.True(site.Problems.Count == 0, string.Join(Environment.NewLine, site.Problems));
        });
    }
}
