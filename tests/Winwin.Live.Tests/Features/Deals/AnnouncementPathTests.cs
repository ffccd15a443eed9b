using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Winwin.Data;
using Winwin.Live.Features.Deals;
using Winwin.Live.Features.Live;
using Xunit.Abstractions;

namespace Winwin.Live.Tests.Features.Deals;

/// <summary>
/// The evening's hot path: an announcement is one save of the deal, what it changes and its feed entry, inside the
/// writer's transaction; the deal is not read back, and what the screens receive equals the database.
/// </summary>
public class AnnouncementPathTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Announce_OneSaveForTheDealAndItsFeedEntry_NoReadBack()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        await WinwinApplication.AnnounceAsync(staff, ev, "Des affiches");
        string connection;
        await using (var db = await app.DbFactory.CreateDbContextAsync())
        {
            connection = db.Database.GetConnectionString()!;
        }
        using var probe = new DatabaseProbe(connection);

        await WinwinApplication.AnnounceAsync(staff, ev, "Un site web");

        var commands = probe.Commands.ToList();
        output.WriteLine($"{commands.Count} commands:{Environment.NewLine}{string.Join(Environment.NewLine, commands.Select(c => c.ReplaceLineEndings(" ")))}");
        // The deal with its two parties, history line and audit line, the event (next deal number, last Seq) and the feed entry.
        var save = Assert.Single(probe.Saves);
        Assert.Equal(7, save);
        Assert.Contains(probe.Commands, c => c.Contains("\"IdempotencyKey\"", StringComparison.Ordinal));
        // Not read back: nothing is read once the deal is written.
        var written = commands.FindIndex(c => c.StartsWith("INSERT INTO \"Deals\"", StringComparison.Ordinal));
        Assert.True(written >= 0);
        Assert.DoesNotContain(commands.Skip(written), c => c.StartsWith("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Announce_FulfillingARequestWithAValue_PushedCountersEqualTheDatabase()
    {
        await using var app = new WinwinApplication();
        var ev = await app.CreateEventAsync();
        var staff = await app.CreateClientAsync(StaffRoles.Facilitator);
        var live = await app.ConnectLiveAsync();
        await live.JoinAsync(ev.Slug);

        var command = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[0], "Des affiches"), new AnnounceDealParty(ev.Organizations[1], "Une animation")],
            [ev.RequestId, ev.OfferId], ev.MeansCategoryId, EstimatedValue: 250m);
        var response = await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", command, LiveJson.Options);
        response.EnsureSuccessStatusCode();
        var pushed = Assert.Single(await live.WaitForAsync(1));

        await using var db = await app.DbFactory.CreateDbContextAsync();
        var recount = await LiveQueries.CountAsync(db, ev.Id, CancellationToken.None);
        Assert.Equal(recount, pushed.Counters);
        Assert.Equal(new CountersDto(1, 1, 4, 1, 250m), pushed.Counters);
        Assert.Equal(pushed.Seq, (await db.Events.SingleAsync(e => e.Id == ev.Id)).LastSeq);
        Assert.Equal(pushed.Seq, await db.ChangeFeed.Where(f => f.EventId == ev.Id).MaxAsync(f => f.Seq));

        // Then a one-way deal without a value, fulfilling nothing: the counters still equal a recount.
        var oneWay = new AnnounceDealCommand(Guid.NewGuid(),
            [new AnnounceDealParty(ev.Organizations[2], "Un frigo"), new AnnounceDealParty(ev.Organizations[3], null)], [], null);
        (await staff.PostAsJsonAsync($"/api/events/{ev.Slug}/deals", oneWay, LiveJson.Options)).EnsureSuccessStatusCode();
        var next = (await live.WaitForAsync(2))[1];
        Assert.Equal(await LiveQueries.CountAsync(db, ev.Id, CancellationToken.None), next.Counters);
        Assert.Equal(new CountersDto(2, 1, 4, 1, 250m), next.Counters);
    }

    /// <summary>Records the commands and the saves of EF Core on one database (other tests run meanwhile on theirs).</summary>
    private sealed class DatabaseProbe : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _connection;
        private readonly List<IDisposable> _subscriptions = [];

        public DatabaseProbe(string connection)
        {
            _connection = connection;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public ConcurrentQueue<string> Commands { get; } = new();

        /// <summary>The rows written by each save.</summary>
        public ConcurrentQueue<int> Saves { get; } = new();

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData command && Mine(command.Context))
            {
                Commands.Enqueue(command.Command.CommandText.TrimStart());
            }
            else if (value.Value is SaveChangesCompletedEventData save && Mine(save.Context))
            {
                Saves.Enqueue(save.EntitiesSavedCount);
            }
        }

        private bool Mine(DbContext? context) => context?.Database.GetConnectionString() == _connection;

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
