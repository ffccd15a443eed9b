using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using Winwin.Data;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Mail;
using Winwin.Live.Features.Registrations;
using Winwin.Live.Tests.Features.Registrations;

namespace Winwin.Live.Tests.Features.Mail;

public class MailTests(SmtpServer smtp) : IClassFixture<SmtpServer>
{
    private const string From = "Bourse Winwin <bourse@namur.example>";
    private const string TrickyName = "Les <Amis> & Compagnie du quartier";

    private WinwinApplication MailingApplication(int port) => new WinwinApplication()
        .WithSetting("Winwin:Smtp:Host", "127.0.0.1")
        .WithSetting("Winwin:Smtp:Port", port.ToString(CultureInfo.InvariantCulture))
        .WithSetting("Winwin:Smtp:Security", "None")
        .WithSetting("Winwin:Smtp:From", From)
        .WithSetting("Winwin:PublicBaseUrl", "http://localhost");

    private static string Unique(string who) => $"{who}.{Guid.NewGuid():N}@mail.example";

    [Fact]
    public async Task Register_InDutch_MailsThePrivateLinkInDutchThatOpensTheRegistration()
    {
        await using var app = MailingApplication(smtp.Port);
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var email = Unique("claire");

        var created = await RegistrationsApiTests.RegisterAsync(visitor, ev, RegistrationsApiTests.Input(ev, name: TrickyName, email: email));
        await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var message = Assert.Single(await smtp.MessagesToAsync(email));
        Assert.Equal("bourse@namur.example", message.From.Mailboxes.Single().Address);
        Assert.StartsWith("Uw inschrijving voor", message.Subject, StringComparison.Ordinal);
        Assert.Contains(created.Link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("persoonlijke link", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TrickyName, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{created.Link}\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Les &lt;Amis&gt; &amp; Compagnie", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Amis>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var page = await visitor.GetAsync(new Uri(created.Link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Les &lt;Amis&gt; &amp; Compagnie", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_PostedInFrench_MailsThePrivateLinkItLeadsTo()
    {
        await using var app = MailingApplication(smtp.Port);
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync($"/e/{ev.Slug}/register");
        var email = Unique("marc");
        var category = ev.MeansCategoryId.ToString(CultureInfo.InvariantCulture);

        var posted = await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register",
            ["__RequestVerificationToken"] = FormPages.AntiforgeryToken(page),
            ["Form.Name"] = "Cercle d'histoire locale de Jambes",
            ["Form.Kind"] = "Association",
            ["Form.ContactName"] = "Marc Lemaire",
            ["Form.ContactEmail"] = email,
            ["Form.Entries[0].Kind"] = "Offer",
            ["Form.Entries[0].CategoryId"] = category,
            ["Form.Entries[0].Title"] = "Une exposition de photos anciennes du quartier",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var message = Assert.Single(await smtp.MessagesToAsync(email));
        Assert.Equal("Votre inscription à " + await EventNameAsync(app, ev), message.Subject);
        Assert.Contains("Bonjour Marc Lemaire,", message.TextBody, StringComparison.Ordinal);
        var ownLink = new Uri(browser.BaseAddress!, posted.Headers.Location!.ToString().Replace("?saved=true", "", StringComparison.Ordinal));
        Assert.Contains(ownLink.ToString(), message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuse_WithAReason_MailsTheReasonInTheRegistrationsLanguage()
    {
        await using var app = MailingApplication(smtp.Port);
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var visitor = app.CreateClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var email = Unique("refused");
        var created = await RegistrationsApiTests.RegisterAsync(visitor, ev, RegistrationsApiTests.Input(ev, email: email));
        var coordinator = await app.CreateClientAsync(StaffRoles.Coordinator);
        var pending = (await ApiAnswers.ReadAsync<IReadOnlyList<StaffRegistration>>(await coordinator.GetAsync($"/api/events/{ev.Slug}/registrations"), HttpStatusCode.OK)).Single();

        var refused = await coordinator.PostAsJsonAsync($"/api/events/{ev.Slug}/registrations/{pending.Id}/refuse",
            new RegistrationRefusal(pending.Version, "Only <b>local</b> associations & companies"), LiveJson.Options);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var messages = await smtp.MessagesToAsync(email, atLeast: 2);
        Assert.Equal(2, messages.Count);
        var message = Assert.Single(messages, m => m.Subject!.EndsWith("was not accepted", StringComparison.Ordinal));
        Assert.Contains("for this reason: Only <b>local</b> associations & companies", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Only &lt;b&gt;local&lt;/b&gt; associations &amp; companies", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(created.Link, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_WithMailOn_MailsTheInvitationLinkThatWorks()
    {
        await using var app = MailingApplication(smtp.Port);
        var client = app.CreateClient();
        var email = Unique("marie");
        var previous = CultureInfo.CurrentUICulture;
        CommandResult<AccessLinkDto> invited;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            invited = await app.Services.GetRequiredService<StaffAccountService>()
                .InviteAsync("Marie <Dupont> & fils", email, [StaffRoles.Facilitator], new StaffActor("claire-id", "Claire Coordinatrice"), client.BaseAddress!.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        Assert.True(invited.Succeeded);
        await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var message = Assert.Single(await smtp.MessagesToAsync(email));
        Assert.Equal("Invitation to the Winwin exchange team", message.Subject);
        Assert.Contains(invited.Value!.Link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Claire Coordinatrice invites you", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(invited.Value.Link), message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Marie &lt;Dupont&gt; &amp; fils", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var link = ((TextPart)message.BodyParts.OfType<TextPart>().First(p => p.IsPlain)).Text
            .Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
        var page = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Marie &lt;Dupont&gt; &amp; fils", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithSmtpServerDown_IsSavedAndTheFailureIsLogged()
    {
        await using var app = MailingApplication(SmtpServer.FreePort())
            .WithSetting("Winwin:Smtp:Attempts", "2")
            .WithSetting("Winwin:Smtp:RetryDelay", "00:00:00.050")
            .WithLog();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var email = Unique("down");

        var response = await app.CreateClient().PostAsJsonAsync($"/api/events/{ev.Slug}/registrations", RegistrationsApiTests.Input(ev, email: email), LiveJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            Assert.True(await db.Registrations.AnyAsync(r => r.ContactEmail == email));
        }
        await app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var failure = Assert.Single(app.Log!.Entries, e => e.Level == LogLevel.Error && e.Category == typeof(MailSender).FullName);
        Assert.Contains("Gave up sending the registration e-mail", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(email, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutSmtp_SendsNothingAndAnswersAsBefore()
    {
        await using var app = new WinwinApplication().WithLog();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);

        var created = await RegistrationsApiTests.RegisterAsync(app.CreateClient(), ev, RegistrationsApiTests.Input(ev));

        Assert.EndsWith($"/e/{ev.Slug}/register/{created.Token}", created.Link, StringComparison.Ordinal);
        Assert.False(app.Services.GetRequiredService<Mailer>().IsOn);
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is MailSender);
        Assert.True(app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().IsCompletedSuccessfully);
        Assert.DoesNotContain(app.Log!.Entries, e => e.Category.StartsWith("Winwin.Live.Features.Mail", StringComparison.Ordinal));
    }

    private static async Task<string> EventNameAsync(WinwinApplication app, TestEvent ev)
    {
        await using var db = await app.DbFactory.CreateDbContextAsync();
        return (await db.Events.SingleAsync(e => e.Id == ev.Id)).Name;
    }

    [Theory]
    [InlineData("From", "bourse-at-namur", "Winwin:Smtp:From")]
    [InlineData("From", "", "Winwin:Smtp:From")]
    [InlineData("Security", "Tls13", "Winwin:Smtp:Security")]
    [InlineData("Port", "99999", "Winwin:Smtp:Port")]
    public void Start_WithAWrongSmtpSetting_StopsWithTheSettingsName(string key, string value, string named)
    {
        using var app = MailingApplication(25).WithSetting($"Winwin:Smtp:{key}", value);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
