using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Winwin.Client;
using Winwin.Client.Models;
using Winwin.Live.Tests;
using StaffRoles = Winwin.Data.StaffRoles;

namespace Winwin.Client.Tests;

/// <summary>
/// A municipality's script runs a whole bourse through the C# client that Kiota generates from the published OpenAPI
/// document: signed in with a bearer token, it prepares the event, opens it, records and corrects a deal, posts a message,
/// closes, follows up and reads the report, and meets the same refusals as the control panel.
/// </summary>
public sealed class ScriptedBourseTests : IAsyncLifetime
{
    private const string Slug = "bourse-wavre-2027";
    private readonly WinwinApplication _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The generated client over the test server; signed in when <paramref name="accessToken"/> is given.</summary>
    private WinwinClient Client(string? accessToken = null, string language = "fr")
    {
        var http = _app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        IAuthenticationProvider auth = accessToken is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(new FixedToken(accessToken));
        return new WinwinClient(new HttpClientRequestAdapter(auth, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    private async Task<WinwinClient> SignedInAsync(string role)
    {
        var email = await _app.CreateUserAsync(role);
        var tokens = await Client().Api.Auth.Login.PostAsync(new LoginRequest { Email = email, Password = WinwinApplication.Password });
        Assert.Equal("Bearer", tokens!.TokenType);
        return Client(tokens.AccessToken);
    }

    /// <summary>The bourse of these tests, created by the script: Wavre, 11 March 2027, 18:00 to 20:00.</summary>
    private static async Task<StaffEvent> CreateEventAsync(WinwinClient client) =>
        (await client.Api.Events.PostAsync(new EventInput
        {
            Slug = Slug,
            Name = "Bourse Winwin de Wavre",
            Municipality = "Wavre",
            Venue = "Hôtel de ville",
            StartsAt = new DateTimeOffset(2027, 3, 11, 17, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2027, 3, 11, 19, 0, 0, TimeSpan.Zero),
            DefaultLanguage = "fr",
        }))!;

    private static async Task<StaffOrganization> RegisterAsync(WinwinClient client, string name, OrganizationKind kind, string table, string contact) =>
        (await client.Api.Events[Slug].Organizations.PostAsync(new OrganizationCreate
        {
            Organization = new OrganizationInput
            {
                Name = name,
                Kind = kind,
                Sector = "Social",
                Table = table,
                ContactName = contact,
                ContactEmail = $"{contact.Split(' ')[0].ToLowerInvariant()}@wavre.example",
                ShowInReport = true,
            },
        }))!;

    private static async Task<int> RecordAsync(WinwinClient client, StaffOrganization organization, ListingKind kind, int categoryId, string title) =>
        (await client.Api.Events[Slug].Listings.PostAsync(new ListingInput
        {
            OrganizationId = organization.Id,
            Kind = kind,
            CategoryId = categoryId,
            Title = title,
        }))!.Id!.Value;

    [Fact]
    public async Task AWholeBourse_RunsThroughTheGeneratedClient()
    {
        var script = await SignedInAsync(StaffRoles.Coordinator);
        var ev = script.Api.Events[Slug];

        // Before: the event, its organisations, offers and requests.
        var created = await CreateEventAsync(script);
        var means = created!.Categories!.First(c => c.Category!.Key == "means").Id!.Value;
        var printer = await RegisterAsync(script, "Imprimerie Duchêne & Fils — impression numérique et offset", OrganizationKind.Company, "12", "Aline Duchêne");
        var club = await RegisterAsync(script, "Les Amis du Quartier de la Basse-Wavre", OrganizationKind.Association, "7", "Bruno Maes");
        var offer = await RecordAsync(script, printer, ListingKind.Offer, means, "500 affiches A3 en couleur");
        var request = await RecordAsync(script, club, ListingKind.Request, means, "Des affiches pour notre fête de quartier");
        await ev.Organizations[printer.Id!.Value].CheckIn.PostAsync(new VersionInput { Version = printer.Version });
        var organisations = await ev.Organizations.GetAsync(q => q.QueryParameters.Present = true);
        Assert.Equal([printer.Name], organisations!.Items!.Select(o => o.Name));

        // The evening: open, a deal, its correction, a message.
        await ev.Phase.PostAsync(new PhaseInput { Phase = EventPhase.Open });
        var announced = await ev.Deals.PostAsync(new AnnounceDealCommand
        {
            IdempotencyKey = Guid.NewGuid(),
            CategoryId = means,
            EstimatedValue = 150,
            Fulfils = [request],
            Parties =
            [
                new AnnounceDealParty { OrganizationId = printer.Id, Gives = "500 affiches A3" },
                new AnnounceDealParty { OrganizationId = club.Id, Gives = "Un stand et le logo sur l'affiche" },
            ],
        });
        var number = announced!.Number!.Value;
        var page = await ev.Deals.GetAsync(q => q.QueryParameters.Status = ["announced"]);
        var listed = Assert.Single(page!.Items!);
        Assert.Equal(number, listed.Deal!.Number);
        var corrected = await ev.Deals[number].PutAsync(new DealCorrection
        {
            Version = listed.Version,
            Deal = new CorrectDealCommand
            {
                CategoryId = means,
                EstimatedValue = 200,
                Fulfils = [request],
                Parties =
                [
                    new AnnounceDealParty { OrganizationId = printer.Id, Gives = "600 affiches A3 en couleur" },
                    new AnnounceDealParty { OrganizationId = club.Id, Gives = "Un stand et le logo sur l'affiche" },
                ],
            },
        });
        Assert.Equal("600 affiches A3 en couleur", corrected!.Parties![0].Gives);
        var message = await ev.Messages.PostAsync(new MessageInput { Text = "Plus que 15 minutes pour conclure vos accords !" });
        Assert.Contains((await ev.Messages.GetAsync())!, m => m.Id == message!.Id);

        // What phones and the board read: the corrected deal and the message, no contact data.
        var snapshot = await Client().Api.Events[Slug].Snapshot.GetAsync();
        Assert.Equal("600 affiches A3 en couleur", Assert.Single(snapshot!.Deals!).Parties![0].Gives);
        Assert.Contains(snapshot.Messages!, m => m.Text == message!.Text);
        Assert.Equal(1, snapshot.Counters!.Deals);
        Assert.Contains(snapshot.Listings!, l => l.Id == offer);

        // After: close, follow up, the report and the deals for Excel.
        await ev.Phase.PostAsync(new PhaseInput { Phase = EventPhase.Closed });
        var followUp = Assert.Single((await ev.FollowUp.GetAsync())!.Items!);
        Assert.Equal("Aline Duchêne", followUp.Parties![0].ContactName);
        var recorded = await ev.FollowUp[number].PutAsync(new FollowUpInput { Version = followUp.Version, Status = FollowUpStatus.Done, Notes = "Affiches livrées le 2 avril" });
        Assert.Equal(FollowUpStatus.Done, recorded!.Status);
        var report = (await ev.Report.GetAsync())!.Report!;
        Assert.Equal(1, report.Deals);
        Assert.Equal(1, report.RequestsFulfilled);
        Assert.Equal(1, report.FollowUp!.Realised);
        using var csv = new StreamReader((await ev.Export.DealsCsv.GetAsync())!);
        Assert.Contains("600 affiches A3 en couleur", await csv.ReadToEndAsync());
    }

    [Fact]
    public async Task TheGeneratedClient_MeetsTheSameRefusals_AsProblemDocumentsInTheCallersLanguage()
    {
        var script = await SignedInAsync(StaffRoles.Coordinator);
        await CreateEventAsync(script);
        var ev = script.Api.Events[Slug];
        var printer = await RegisterAsync(script, "Imprimerie Duchêne", OrganizationKind.Company, "12", "Aline Duchêne");
        var club = await RegisterAsync(script, "Les Amis du Quartier", OrganizationKind.Association, "7", "Bruno Maes");

        // Money is refused in a listing, with the reason on its field.
        var category = (await ev.GetAsync())!.Categories![0].Id;
        var money = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() => ev.Listings.PostAsync(new ListingInput
        {
            OrganizationId = printer.Id,
            Kind = ListingKind.Offer,
            CategoryId = category,
            Title = "Un chèque de 500 euros",
        }));
        Assert.Equal(400, money.ResponseStatusCode);
        Assert.True(money.Errors!.AdditionalData.ContainsKey("title"));
        // The same name twice is a conflict, in Dutch for a Dutch-speaking script.
        var dutch = Client(((await Client().Api.Auth.Login.PostAsync(new LoginRequest
        {
            Email = await _app.CreateUserAsync(StaffRoles.Coordinator),
            Password = WinwinApplication.Password,
        }))!).AccessToken, "nl");
        var taken = await Assert.ThrowsAsync<ProblemDetails>(() => dutch.Api.Events[Slug].Organizations.PostAsync(new OrganizationCreate
        {
            Organization = new OrganizationInput { Name = "imprimerie duchene", Kind = OrganizationKind.Company },
        }));
        Assert.Equal(409, taken.ResponseStatusCode);
        Assert.Contains("Er bestaat al een organisatie met dezelfde naam", taken.Detail, StringComparison.Ordinal);
        // An outdated version is a conflict too; an unknown deal is not found.
        await ev.Organizations[club.Id!.Value].CheckIn.PostAsync(new VersionInput { Version = club.Version });
        var stale = await Assert.ThrowsAsync<ProblemDetails>(() => ev.Organizations[club.Id!.Value].CheckOut.PostAsync(new VersionInput { Version = club.Version }));
        Assert.Equal(409, stale.ResponseStatusCode);
        var missing = await Assert.ThrowsAsync<ProblemDetails>(() => ev.Deals[999].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
        // A facilitator's token does not create events; no token, nothing at all.
        var facilitator = await SignedInAsync(StaffRoles.Facilitator);
        var forbidden = await Assert.ThrowsAsync<ProblemDetails>(() => facilitator.Api.Events.PostAsync(new EventInput { Slug = "autre", Name = "Autre", DefaultLanguage = "fr" }));
        Assert.Equal(403, forbidden.ResponseStatusCode);
        var anonymous = await Assert.ThrowsAsync<ProblemDetails>(() => Client().Api.Events[Slug].Deals.GetAsync());
        Assert.Equal(401, anonymous.ResponseStatusCode);
    }

    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) => Task.FromResult(token);
    }
}
