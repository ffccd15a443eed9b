using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Winwin.Data;
using Winwin.Data.Seeding;
using Winwin.Live.Features.Accounts;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Messages;

namespace Winwin.Live.Features.Storage;

public static partial class StorageSetup
{
    /// <summary>
    /// Registers the database from configuration: <c>Winwin:Database:Provider</c> (Sqlite or SqlServer)
    /// and <c>ConnectionStrings:Winwin</c>. Without a connection string, a SQLite file in App_Data.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Winwin:Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Winwin");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("ConnectionStrings:Winwin is required when Winwin:Database:Provider is SqlServer.");
            }
            connectionString = $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "App_Data", "winwin.db")}";
        }
        builder.Services.AddWinwinData(provider, connectionString);
        builder.Services.AddHealthChecks().AddDbContextCheck<WinwinDbContext>("database");
        // Keys live in the database, so that several instances read each other's sign-in cookies, antiforgery tokens
        // and control-panel circuits, and a restart signs nobody out.
        builder.Services.AddDataProtection().SetApplicationName("Winwin.Live").PersistKeysToDbContext<WinwinDbContext>();
        return builder;
    }

    /// <summary>Migrates the database, then seeds the demo event in Development and creates the first accounts.</summary>
    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageSetup));
        var db = services.GetRequiredService<WinwinDbContext>();
        var journalMode = await DatabaseMigrator.MigrateAsync(db);
        LogDatabaseReady(logger, db.Database.ProviderName ?? "?", journalMode ?? "-");

        await services.GetRequiredService<StaffBootstrap>().RunAsync();

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Winwin:SeedDemo", true))
        {
            if (await SeedDemoAsync(services))
            {
                LogDemoSeeded(logger, DemoEvent.Slug);
            }
        }
        // A big bourse to try the screens on (e.g. Winwin__SeedRehearsal__Listings=500): development only.
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Winwin:SeedRehearsal:Listings", 0) is > 0 and var listings)
        {
            var organizations = app.Configuration.GetValue("Winwin:SeedRehearsal:Organizations", 160);
            if (await SeedRehearsalAsync(services, RehearsalEvent.Slug, organizations, listings))
            {
                LogDemoSeeded(logger, RehearsalEvent.Slug);
            }
        }
    }

    /// <summary>
    /// Adds a big rehearsal bourse (see <see cref="RehearsalEvent"/>) with its deals and a message, unless the slug is
    /// taken. Returns whether it was added.
    /// </summary>
    /// <param name="startsIn">When the bourse starts (it is under way, started an hour ago, by default).</param>
    public static async Task<bool> SeedRehearsalAsync(IServiceProvider services, string slug, int organizations, int listings, int deals = 24,
        EventPhase phase = EventPhase.Open, TimeSpan? startsIn = null)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ev = RehearsalEvent.Create(slug, now, organizations, listings, phase);
        if (startsIn is { } ahead)
        {
            ev.StartsAt = now.Add(ahead);
            ev.EndsAt = ev.StartsAt.AddHours(2);
        }
        if (!await AddEventAsync(services, ev))
        {
            return false;
        }

        // Deals and the message go through the one write path, so that they have their change-feed entries.
        var service = services.GetRequiredService<DealService>();
        var categories = ev.Categories.ToDictionary(c => c.Key, c => c.Id);
        foreach (var (parties, gives, category) in RehearsalEvent.Deals(organizations, deals))
        {
            var command = new AnnounceDealCommand(
                Guid.NewGuid(),
                [.. parties.Select((index, i) => new AnnounceDealParty(ev.Organizations[index].Id, gives[i]))],
                [],
                categories[category]);
            var result = await service.AnnounceAsync(slug, command, StaffActor.System);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The rehearsal deal was refused: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            }
        }
        await services.GetRequiredService<MessageService>().PostAsync(slug, RehearsalEvent.Message, StaffActor.System);
        return true;
    }

    /// <summary>Adds the demo event with a few deals, unless it exists. Returns whether it was added.</summary>
    public static async Task<bool> SeedDemoAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ev = DemoEvent.Create(now);
        if (!await AddEventAsync(services, ev))
        {
            return false;
        }
        await using var db = await services.GetRequiredService<IDbContextFactory<WinwinDbContext>>().CreateDbContextAsync();

        // Demo deals go through the one write path, so that they have their change-feed entries.
        var deals = services.GetRequiredService<DealService>();
        var organizations = await db.Organizations.Where(o => o.EventId == ev.Id).ToDictionaryAsync(o => o.Name, o => o.Id);
        var categories = ev.Categories.ToDictionary(c => c.Key, c => c.Id);
        foreach (var (parties, gives, category) in DemoEvent.Deals)
        {
            var command = new AnnounceDealCommand(
                Guid.NewGuid(),
                [.. parties.Select((name, i) => new AnnounceDealParty(organizations[name], gives[i]))],
                [],
                categories[category]);
            await deals.AnnounceAsync(ev.Slug, command, StaffActor.System);
        }
        return true;
    }

    /// <summary>Adds a seeded event, with everything it holds, through the writer, unless its slug is taken.</summary>
    private static async Task<bool> AddEventAsync(IServiceProvider services, Event ev) =>
        (await services.GetRequiredService<LiveWriter>().WriteAsync(async tx =>
        {
            if (await tx.Db.Events.AnyAsync(e => e.Slug == ev.Slug, tx.CancellationToken))
            {
                return CommandResult.Done(false);
            }
            tx.Db.Events.Add(ev);
            return CommandResult.Done(true);
        })).Value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider}, journal mode {JournalMode}).")]
    private static partial void LogDatabaseReady(ILogger logger, string provider, string journalMode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo event seeded: /e/{Slug}")]
    private static partial void LogDemoSeeded(ILogger logger, string slug);
}
