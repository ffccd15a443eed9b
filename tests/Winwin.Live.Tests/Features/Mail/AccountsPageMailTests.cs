using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Tests.Features.Mail;

/// <summary>The accounts page with e-mail on: it says the invitation was sent, and still shows the link to copy.</summary>
public class AccountsPageMailTests : StaffScreenTest
{
    public AccountsPageMailTests() => App
        .WithSetting("Winwin:Smtp:Host", "127.0.0.1")
        .WithSetting("Winwin:Smtp:Port", SmtpServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("Winwin:Smtp:Security", "None")
        .WithSetting("Winwin:Smtp:From", "Bourse Winwin <bourse@namur.example>")
        .WithSetting("Winwin:Smtp:Attempts", "1");

    [Fact]
    public async Task Invite_WithMailOn_SaysSentAndStillShowsTheLink()
    {
        await SignInAsync(StaffRoles.Coordinator, "Claire Coordinatrice");
        var page = Screen.Render<AccountsPage>();

        Input(page, "invite-name").Input("Fatima Facilitatrice");
        Input(page, "invite-email").Input("fatima@winwin.test");
        page.Find("[data-testid='invite-submit']").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Invitation envoyée par e-mail à fatima@winwin.test.",
            page.Find("[data-testid='invite-link-message']").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("/account/invite?user=", Input(page, "invite-link-text").GetAttribute("value"), StringComparison.Ordinal);
        await App.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }
}
