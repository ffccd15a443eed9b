using System.Net;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;

namespace Winwin.Live.Tests.Features.Registrations;

/// <summary>The registration form as a browser without script posts it: server-rendered, antiforgery, one button pressed at a time.</summary>
public class RegisterPageTests
{
    private static Dictionary<string, string> Filled(string page, TestEvent ev, string name = "Cercle d'histoire locale de Jambes") => new()
    {
        ["_handler"] = "register",
        ["__RequestVerificationToken"] = FormPages.AntiforgeryToken(page),
        ["Form.Name"] = name,
        ["Form.Kind"] = "Association",
        ["Form.ContactName"] = "Marc Lemaire",
        ["Form.ContactEmail"] = "marc.lemaire@histoire-jambes.example",
        ["Form.AgreesToBeNamed"] = "true",
        ["Form.Entries[0].Kind"] = "Offer",
        ["Form.Entries[0].CategoryId"] = ev.MeansCategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Entries[0].Title"] = "Une exposition de photos anciennes du quartier",
        ["Form.Entries[1].Kind"] = "Request",
        ["Form.Entries[1].CategoryId"] = ev.MeansCategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Entries[1].Title"] = "",
    };

    [Fact]
    public async Task Form_Posted_SavesAndLeadsToThePrivateLinkWhichShowsTheContactBack()
    {
        await using var app = new WinwinApplication();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync($"/e/{ev.Slug}/register");

        var posted = await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(Filled(page, ev)));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var link = posted.Headers.Location!.ToString();
        Assert.Matches($"/e/{ev.Slug}/register/[0-9a-f]{{32}}\\?saved=true$", link);
        var own = WebUtility.HtmlDecode(await browser.GetStringAsync(link));
        Assert.Contains("Merci ! Votre inscription est enregistrée.", own, StringComparison.Ordinal);
        Assert.Contains("marc.lemaire@histoire-jambes.example", own, StringComparison.Ordinal);
        Assert.Contains("Une exposition de photos anciennes du quartier", own, StringComparison.Ordinal);
        // Back on the link (still ?saved=true), adding a row is not "saved" again.
        var more = Filled(own, ev);
        more["Form.Add"] = "Offer";
        var adding = WebUtility.HtmlDecode(await (await browser.PostAsync(link, new FormUrlEncodedContent(more))).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Merci ! Votre inscription est enregistrée.", adding, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Entries[2].Title\"", adding, StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        var registration = await db.Registrations.Include(r => r.Entries).SingleAsync();
        // The blank second row is not an entry.
        Assert.Equal(("Cercle d'histoire locale de Jambes", 1, true, false, "fr"),
            (registration.Name, registration.Entries.Count, registration.AgreesToBeNamed, registration.AgreesToFollowUp, registration.Language));
    }

    [Fact]
    public async Task Form_WithTheHiddenFieldFilled_AnsweredAsReceivedAndNothingSaved()
    {
        await using var app = new WinwinApplication();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync($"/e/{ev.Slug}/register");
        var form = Filled(page, ev);
        form["Form.Fax"] = "+32 81 00 00 00";

        var posted = await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Merci ! Votre inscription est enregistrée.", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task Form_AddARequestThenSendWithErrors_KeepsWhatWasTypedAndNamesTheFields()
    {
        await using var app = new WinwinApplication();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync($"/e/{ev.Slug}/register");
        var form = Filled(page, ev);
        form["Form.Add"] = "Request";

        var added = WebUtility.HtmlDecode(await (await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());
        form.Remove("Form.Add");
        form["Form.ContactEmail"] = "marc@";
        // The first row left blank: the refused title is the second row's, though it is the first entry sent.
        form["Form.Entries[0].Title"] = "";
        form["Form.Entries[1].Title"] = "Un don de 300 € pour la fête";
        var refused = WebUtility.HtmlDecode(await (await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());

        Assert.Contains("name=\"Form.Entries[2].Title\"", added, StringComparison.Ordinal);
        Assert.Contains("Une exposition de photos anciennes du quartier", added, StringComparison.Ordinal);
        Assert.Contains("L'inscription n'est pas enregistrée", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"contactEmail-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"title-1-error\"", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"title-0-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("300 €", refused, StringComparison.Ordinal);
        Assert.Contains(">Cercle d'histoire locale de Jambes</textarea>", refused, StringComparison.Ordinal);
        await using var db = await app.DbFactory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task Form_RowsAddedAndRemoved_AreNotCountedAgainstTheHourlyLimitAndNeverSave()
    {
        await using var app = new WinwinApplication().WithSetting("Winwin:RateLimits:RegistrationsPerHour", "2");
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync($"/e/{ev.Slug}/register");
        var form = Filled(page, ev);
        var edit = $"/e/{ev.Slug}/register?edit=true";

        var rows = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            form["Form.Add"] = "Offer";
            rows.Add((await browser.PostAsync(edit, new FormUrlEncodedContent(form))).StatusCode);
        }
        form.Remove("Form.Add");
        form["Form.Remove"] = "1";
        var removed = await browser.PostAsync(edit, new FormUrlEncodedContent(form));
        form.Remove("Form.Remove");
        var forged = await browser.PostAsync(edit, new FormUrlEncodedContent(form));
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Registrations.CountAsync());
        }
        var sent = await browser.PostAsync($"/e/{ev.Slug}/register", new FormUrlEncodedContent(form));

        Assert.Contains($"formaction=\"/e/{ev.Slug}/register?edit=true\"", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/e/{ev.Slug}/register\"", page, StringComparison.Ordinal);
        Assert.All(rows, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    [Fact]
    public async Task Form_UnknownEventOrLink_NotFoundAndClosedFormSaysSo()
    {
        await using var app = new WinwinApplication();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app, closes: DateTime.UtcNow.AddDays(-1));
        var browser = app.CreateClient();

        var unknownEvent = await browser.GetAsync("/e/nulle-part/register");
        var unknownLink = await browser.GetAsync($"/e/{ev.Slug}/register/{new string('a', 32)}");
        var closed = WebUtility.HtmlDecode(await browser.GetStringAsync($"/e/{ev.Slug}/register"));

        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownLink.StatusCode);
        Assert.Contains("Les inscriptions en ligne sont closes.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.Name\"", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QrCode_ForTheInvitationLetter_LeadsToTheFormAndUnknownEventNotFound()
    {
        await using var app = new WinwinApplication();
        var ev = await RegistrationsApiTests.EventBeforeOpeningAsync(app);
        var browser = app.CreateClient();

        var qr = await browser.GetAsync($"/e/{ev.Slug}/register/qr.svg");
        var unknown = await browser.GetAsync("/e/nulle-part/register/qr.svg");

        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await qr.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
