using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;

namespace Winwin.Live.Tests;

/// <summary>The app on its own SQLite file, with helpers to create staff, events and live connections.</summary>
public sealed class WinwinApplication : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly string _databaseFile;
    private readonly List<HubConnection> _connections = [];
    private readonly Dictionary<string, string> _settings = [];
    private int _users;
    private TimeProvider? _clock;

    /// <summary>A request header that gives a request its client address, to tell apart users behind one test server.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";
    private Uri? _kestrel;

    /// <param name="databaseFile">A SQLite file shared with another instance, or none for a new one of its own.</param>
    public WinwinApplication(string? databaseFile = null) =>
        _databaseFile = databaseFile ?? Path.Combine(Path.GetTempPath(), $"winwin-test-{Guid.NewGuid():N}.db");

    public WinwinApplication WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>What the application logged (Information and above), once <see cref="WithLog"/> was called.</summary>
    public TestLogSink? Log { get; private set; }

    /// <summary>Keeps what the application logs in <see cref="Log"/>.</summary>
    public WinwinApplication WithLog()
    {
        Log = new TestLogSink();
        return this;
    }

    /// <summary>Runs the application on <paramref name="clock"/> (a FakeTimeProvider) instead of the system clock.</summary>
    public WinwinApplication WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Winwin", $"Data Source={_databaseFile}");
        builder.UseSetting("Winwin:Database:Provider", "Sqlite");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Test events have fixed dates: the hourly erasure would empty their contacts once real time passes them.
        builder.UseSetting("Winwin:Privacy:RetentionWorker", "false");
        // The same for the follow-up requests: a test that needs them turns them on (or calls FollowUpRequests itself).
        builder.UseSetting("Winwin:FollowUp:RequestsWorker", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (Log is { } log)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
        builder.ConfigureTestServices(services =>
        {
            if (_clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            }
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address) && IPAddress.TryParse(address, out var ip))
                {
                    context.Connection.RemoteIpAddress = ip;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Starts the app on real Kestrel on a free loopback port (instead of the in-memory test server); returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        _kestrel = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        ClientOptions.BaseAddress = _kestrel;
        return _kestrel;
    }

    public IDbContextFactory<WinwinDbContext> DbFactory => Services.GetRequiredService<IDbContextFactory<WinwinDbContext>>();

    /// <summary>A client signed in through <c>/api/auth/login?useCookies=true</c> with a new account in <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateClientAsync(string role)
    {
        var email = await CreateUserAsync(role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public async Task<string> CreateUserAsync(string role, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var email = $"staff{Interlocked.Increment(ref _users)}@winwin.test";
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? $"Staff {_users}" };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    /// <summary>An event with organisations (with contact data) and listings, created directly in the database.</summary>
    public async Task<TestEvent> CreateEventAsync(string slug = "bourse")
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var ev = new Event
        {
            Slug = slug,
            Name = "Bourse Winwin de Namur",
            Municipality = "Namur",
            Venue = "Hôtel de ville",
            StartsAt = new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc),
            EndsAt = new DateTime(2026, 3, 12, 19, 0, 0, DateTimeKind.Utc),
            Phase = EventPhase.Open,
            Categories = Category.CreateDefaults(),
        };
        Organization Org(string name, OrganizationKind kind, string table, string contact, string email, string phone) => new()
        {
            Name = name,
            Kind = kind,
            Sector = "Divers",
            TableNumber = table,
            ContactName = contact,
            ContactEmail = email,
            ContactPhone = phone,
            IsPresent = true,
        };
        ev.Organizations.AddRange(
            Org("Imprimerie Gilson", OrganizationKind.Company, "1", "Aline Gilson", "aline@gilson.example", "+32 81 11 22 33"),
            Org("Les Petits Débrouillards", OrganizationKind.Association, "2", "Bruno Maes", "bruno@debrouillards.example", "+32 470 11 22 33"),
            Org("Garage Piron", OrganizationKind.Company, "3", "Carine Piron", "carine@piron.example", "+32 81 44 55 66"),
            Org("Restos du Cœur Namur", OrganizationKind.Association, "4", "Didier Wauters", "didier@restos.example", "+32 471 44 55 66"));
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var means = ev.Categories.Single(c => c.Key == "means");
        var offer = new Listing { EventId = ev.Id, OrganizationId = ev.Organizations[0].Id, Kind = ListingKind.Offer, CategoryId = means.Id, Title = "500 affiches A3" };
        var request = new Listing { EventId = ev.Id, OrganizationId = ev.Organizations[1].Id, Kind = ListingKind.Request, CategoryId = means.Id, Title = "Affiches pour notre festival" };
        var otherRequest = new Listing { EventId = ev.Id, OrganizationId = ev.Organizations[3].Id, Kind = ListingKind.Request, CategoryId = means.Id, Title = "Un frigo" };
        db.Listings.AddRange(offer, request, otherRequest);
        await db.SaveChangesAsync();
        return new TestEvent(ev.Id, slug, [.. ev.Organizations.Select(o => o.Id)], offer.Id, request.Id, means.Id,
            [.. ev.Organizations.SelectMany(o => new[] { o.ContactName!, o.ContactEmail!, o.ContactPhone! })]);
    }

    /// <summary>
    /// Changes an event's settings in the database as a test's starting point (what the settings page does is tested
    /// on its own): <c>await app.SetEventAsync(ev.Id, e => e.RequiresRatification = true)</c>.
    /// </summary>
    public async Task SetEventAsync(int eventId, Action<Event> change)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        change(await db.Events.SingleAsync(e => e.Id == eventId));
        await db.SaveChangesAsync();
    }

    /// <summary>Makes the event's evening under way at <paramref name="now"/>: it started an hour before and ends an hour after.</summary>
    public Task SetEveningAroundAsync(TestEvent ev, DateTime now) =>
        SetEventAsync(ev.Id, e => (e.StartsAt, e.EndsAt) = (now.AddHours(-1), now.AddHours(1)));

    /// <summary>The private tokens of the parties of deal <paramref name="number"/>, in the deal's order: each party's own link.</summary>
    public async Task<List<string>> PartyTokensAsync(TestEvent ev, int number)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.DealParties.Where(p => db.Deals.Any(d => d.Id == p.DealId && d.EventId == ev.Id && d.Number == number))
            .OrderBy(p => p.Position).Select(p => p.PrivateToken).ToListAsync();
    }

    /// <summary>Changes an organisation in the database as a test's starting point, as <see cref="SetEventAsync"/> does for an event.</summary>
    public async Task SetOrganizationAsync(int organizationId, Action<Organization> change)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        change(await db.Organizations.SingleAsync(o => o.Id == organizationId));
        await db.SaveChangesAsync();
    }

    /// <summary>Announces a two-party win-win deal between the event's first two organisations through the staff API.</summary>
    public static async Task<DealDto> AnnounceAsync(HttpClient staff, TestEvent ev, string gives = "Des affiches", int first = 0, int second = 1)
    {
        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[first], gives), new AnnounceDealParty(ev.Organizations[second], "Une animation")], [], null);
        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DealDto>(LiveJson.Options))!;
    }

    /// <summary>Signs a new account in <paramref name="role"/> in and returns its sign-in cookie (<c>name=value</c>), for a hub connection.</summary>
    public async Task<string> SignInCookieAsync(string role)
    {
        var email = await CreateUserAsync(role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, HandleCookies = false, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    /// <summary>A real SignalR client of a staff desk (signed in with <paramref name="cookie"/>), recording changes and staff signals.</summary>
    public async Task<LiveTestClient> ConnectDeskAsync(string cookie)
    {
        var client = new LiveTestClient(BuildLiveConnection(cookie: cookie));
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>
    /// A real SignalR client on the public hub, over WebSockets, recording every pushed change; from
    /// <paramref name="clientAddress"/> when given (see <see cref="ClientAddressHeader"/>).
    /// </summary>
    public async Task<LiveTestClient> ConnectLiveAsync(string? clientAddress = null)
    {
        var client = new LiveTestClient(BuildLiveConnection(clientAddress: clientAddress));
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>
    /// A SignalR connection to the public hub over WebSockets, not yet started: on Kestrel negotiated as a browser does,
    /// on the test server through its in-memory WebSocket client. Disposed with the application.
    /// </summary>
    public HubConnection BuildLiveConnection(Action<IHubConnectionBuilder>? configure = null, string? cookie = null, string? clientAddress = null)
    {
        var builder = new HubConnectionBuilder();
        if (_kestrel is { } address)
        {
            builder.WithUrl(new Uri(address, LiveHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }
                if (clientAddress is not null)
                {
                    o.Headers[ClientAddressHeader] = clientAddress;
                }
            });
        }
        else
        {
            var server = Server;
            builder.WithUrl(new Uri(server.BaseAddress, LiveHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        if (cookie is not null)
                        {
                            request.Headers.Cookie = cookie;
                        }
                        if (clientAddress is not null)
                        {
                            request.Headers[ClientAddressHeader] = clientAddress;
                        }
                    };
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            });
        }
        builder.AddJsonProtocol(o => LiveJson.Configure(o.PayloadSerializerOptions));
        configure?.Invoke(builder);
        var connection = builder.Build();
        _connections.Add(connection);
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }
}

/// <summary>What a test event holds: its organisations, an offer and a request, and every contact value (which must never be public).</summary>
public sealed record TestEvent(int Id, string Slug, IReadOnlyList<int> Organizations, int OfferId, int RequestId, int MeansCategoryId, IReadOnlyList<string> ContactData);

/// <summary>A live connection that records pushed changes and can wait for them.</summary>
public sealed class LiveTestClient
{
    private readonly List<FeedEntryDto> _received = [];
    private readonly SemaphoreSlim _signal = new(0);

    public LiveTestClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<StaffTopic>(nameof(ILiveClient.StaffChange), topic =>
        {
            lock (_staffSignals)
            {
                _staffSignals.Add(topic);
            }
            _signal.Release();
        });
        connection.On<FeedEntryDto>(nameof(ILiveClient.Change), entry =>
        {
            lock (_received)
            {
                _received.Add(entry);
            }
            _signal.Release();
        });
    }

    public HubConnection Connection { get; }

    private readonly List<StaffTopic> _staffSignals = [];

    /// <summary>The staff signals received (desks only), in order.</summary>
    public IReadOnlyList<StaffTopic> StaffSignals
    {
        get
        {
            lock (_staffSignals)
            {
                return [.. _staffSignals];
            }
        }
    }

    /// <summary>Waits until a staff signal about <paramref name="topic"/> has arrived, 5 s at most.</summary>
    public async Task WaitForSignalAsync(StaffTopic topic)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!StaffSignals.Contains(topic))
        {
            await _signal.WaitAsync(timeout.Token);
        }
    }

    public Task<JoinResult> JoinDeskAsync(string slug, long? lastSeq = null) =>
        Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinDesk), slug, lastSeq);

    public IReadOnlyList<FeedEntryDto> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public Task<JoinResult> JoinAsync(string slug, long? lastSeq = null) =>
        Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinEvent), slug, lastSeq);

    /// <summary>Joins as a phone whose browser keeps <paramref name="device"/> as its id.</summary>
    public Task<JoinResult> JoinPhoneAsync(string slug, string device, long? lastSeq = null) =>
        Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinPhone), slug, lastSeq, device);

    /// <summary>Joins as a given screen (<c>board</c> or <c>phone</c>).</summary>
    public Task<JoinResult> JoinAsAsync(string slug, long? lastSeq, string screen) =>
        Connection.InvokeAsync<JoinResult>(nameof(LiveHub.JoinEventAs), slug, lastSeq, screen);

    /// <summary>Waits until <paramref name="count"/> changes have arrived, 5 s at most.</summary>
    public async Task<IReadOnlyList<FeedEntryDto>> WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (Received.Count < count)
        {
            await _signal.WaitAsync(timeout.Token);
        }
        return Received;
    }
}
