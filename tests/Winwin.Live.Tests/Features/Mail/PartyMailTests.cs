using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Winwin.Data;
using Winwin.Live.Features.FollowUp;
using Winwin.Live.Features.Mail;

namespace Winwin.Live.Tests.Features.Mail;

/// <summary>The letters a deal's parties receive: their match form after the announcement, the follow-up requests at its dates.</summary>
public class PartyMailTests(SmtpServer smtp) : IClassFixture<SmtpServer>
{
    // The follow-up of an event: first contact 21 days after its end, check 90 days after it. The test's clock starts at the
    // real time (sign-in cookies expire in real time) with the evening under way.
    private static async Task<TestEvent> EveningAsync(WinwinApplication app, TimeProvider clock)
    {
        var ev = await app.CreateEventAsync();
        await app.SetEveningAroundAsync(ev, clock.GetUtcNow().UtcDateTime);
        return ev;
    }

    private WinwinApplication MailingApplication(TimeProvider? clock = null, bool worker = false)
    {
        var app = new WinwinApplication()
            .WithSetting("Winwin:Smtp:Host", "127.0.0.1")
            .WithSetting("Winwin:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Winwin:Smtp:Security", "None")
            .WithSetting("Winwin:Smtp:From", "Bourse Winwin <bourse@namur.example>")
            .WithSetting("Winwin:PublicBaseUrl", "http://localhost")
            .WithSetting("Winwin:FollowUp:RequestsWorker", worker ? "true" : "false");
        return clock is null ? app : app.WithClock(clock);
    }

    /// <summary>Gives the four organisations of the event addresses of their own (the SMTP server is shared by the class's tests).</summary>
    private static async Task<string[]> AddressesAsync(WinwinApplication app, TestEvent ev)
    {
        var addresses = new string[ev.Organizations.Count];
        for (var i = 0; i < addresses.Length; i++)
        {
            var address = $"party{i}.{Guid.NewGuid():N}@mail.example";
            addresses[i] = address;
            await app.SetOrganizationAsync(ev.Organizations[i], o => o.ContactEmail = address);
        }
        return addresses;
    }

    private static Task WhenSentAsync(WinwinApplication app) =>
        app.Services.GetRequiredService<MailQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Announce_WithMailOn_MailsEachPartyItsOwnLinkWithWhatEachGives()
    {
        await using var app = MailingApplication();
        var ev = await app.CreateEventAsync();
        var to = await AddressesAsync(app, ev);
        await app.SetOrganizationAsync(ev.Organizations[3], o => o.Language = "nl");
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);

        var deal = await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);
        await WhenSentAsync(app);

        var tokens = await app.PartyTokensAsync(ev, deal.Number);
        var piron = Assert.Single(await smtp.MessagesToAsync(to[2]));
        var restos = Assert.Single(await smtp.MessagesToAsync(to[3]));
        Assert.Equal("Accord n° 1 — Bourse Winwin de Namur", piron.Subject);
        Assert.Contains("Garage Piron donne : Une camionnette le samedi", piron.TextBody, StringComparison.Ordinal);
        Assert.Contains("Restos du Cœur Namur donne : Une animation", piron.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/m/{tokens[0]}", piron.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens[1], piron.TextBody, StringComparison.Ordinal);
        // Restos du Cœur registered in Dutch: its letter is in Dutch, with its own link.
        Assert.Equal("Match nr. 1 — Bourse Winwin de Namur", restos.Subject);
        Assert.Contains($"http://localhost/m/{tokens[1]}", restos.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", restos.HtmlBody, StringComparison.OrdinalIgnoreCase);
        // The link opens the party's own page, with the button to confirm.
        var page = await app.CreateClient().GetAsync(new Uri(LinkIn(piron)).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Je confirme cet accord", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // Nobody else of the event was written to.
        Assert.Empty(await smtp.MessagesToAsync(to[0], atLeast: 0));
    }

    [Fact]
    public async Task FollowUpDates_Passed_EachPartyIsAskedOncePerDateAndNeverTheOneThatDeclined()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = MailingApplication(clock);
        var ev = await EveningAsync(app, clock);
        var to = await AddressesAsync(app, ev);
        await app.SetOrganizationAsync(ev.Organizations[1], o => o.DeclinesFollowUp = true);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches", first: 0, second: 1);
        await WinwinApplication.AnnounceAsync(staff, ev, "Une camionnette le samedi", first: 2, second: 3);
        await WhenSentAsync(app);
        var requests = app.Services.GetRequiredService<FollowUpRequests>();

        clock.Advance(TimeSpan.FromDays(20));
        var beforeTheDate = await requests.SendDueAsync();
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(2));
        var atFirstContact = await requests.SendDueAsync();
        var again = await requests.SendDueAsync();
        clock.Advance(TimeSpan.FromDays(69));
        var atCheck = await requests.SendDueAsync();
        await WhenSentAsync(app);

        Assert.Equal((0, 3, 0, 3), (beforeTheDate, atFirstContact, again, atCheck));
        var tokens = await app.PartyTokensAsync(ev, 2);
        var asked = (await smtp.MessagesToAsync(to[2], atLeast: 3)).Where(m => m.Subject!.Contains("où en est-il", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, asked.Count);
        Assert.Equal("Accord n° 2 de Bourse Winwin de Namur : où en est-il ?", asked[0].Subject);
        Assert.Contains($"http://localhost/m/{tokens[0]}#follow-up", asked[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("avec Restos du Cœur Namur", asked[0].TextBody, StringComparison.Ordinal);
        // Les Petits Débrouillards asked not to be contacted: its match form came, no follow-up request did.
        Assert.Single(await smtp.MessagesToAsync(to[1]));
    }

    [Fact]
    public async Task FollowUpRequests_FinishedDeal_IsNotAsked()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = MailingApplication(clock);
        var ev = await EveningAsync(app, clock);
        await AddressesAsync(app, ev);
        var staff = await app.CreateClientAsync(StaffRoles.Coordinator);
        var deal = await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            await db.Deals.Where(d => d.EventId == ev.Id && d.Number == deal.Number)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.FollowUpStatus, FollowUpStatus.Done));
        }
        clock.Advance(TimeSpan.FromDays(22));

        Assert.Equal(0, await app.Services.GetRequiredService<FollowUpRequests>().SendDueAsync());
    }

    [Fact]
    public async Task Worker_ClockPassesTheFirstContactDate_SendsTheRequestsByItself()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = MailingApplication(clock, worker: true);
        var ev = await EveningAsync(app, clock);
        var to = await AddressesAsync(app, ev);
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");
        await WhenSentAsync(app);

        clock.Advance(TimeSpan.FromDays(22));

        var messages = await smtp.MessagesToAsync(to[0], atLeast: 2);
        Assert.Contains(messages, m => m.Subject == "Accord n° 1 de Bourse Winwin de Namur : où en est-il ?");
    }

    private static string LinkIn(MimeMessage message) =>
        message.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http://localhost/m/", StringComparison.Ordinal));
}
