using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Winwin.Live.Features.Live;

/// <summary>
/// How many phones follow each event, on this instance. Counts change at every join and leave; the boards
/// are told at most every few seconds, so that hundreds of phones arriving do not flood every screen.
/// A phone is a browser, known by the random device id its page keeps (several tabs, reconnections and reloads
/// count once), and one client address counts for at most <see cref="PhonesPerAddressKey"/> phones, so that a
/// script opening thousands of connections with invented ids cannot fill the board's number.
/// </summary>
public sealed partial class LiveAudience(IHubContext<LiveHub, ILiveClient> hub, IConfiguration configuration, ILogger<LiveAudience> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    public const string PhonesPerAddressKey = "Winwin:Audience:PhonesPerAddress";

    /// <summary>
    /// A venue's phones often reach the server through the Wi-Fi's one public address: the default holds the
    /// audience of a big bourse hall, while a script from one machine still cannot count in thousands.
    /// </summary>
    public const int DefaultPhonesPerAddress = 400;

    private readonly int _perAddress = Math.Max(1, configuration.GetValue(PhonesPerAddressKey, DefaultPhonesPerAddress));
    private readonly ConcurrentDictionary<string, Follower> _connections = new();
    private readonly ConcurrentDictionary<int, byte> _changed = new();

    /// <summary>A connection that joined an event: a phone is counted once per <see cref="Device"/> (its connection id when it gave none).</summary>
    private readonly record struct Follower(int EventId, bool Phone, string Address, string Device);

    /// <param name="address">The client's address (the visitor's, behind a trusted proxy).</param>
    /// <param name="device">The browser's device id, or null for a client that gave none (then counted per connection).</param>
    public void Join(string connectionId, int eventId, bool phone, string address, string? device)
    {
        _connections[connectionId] = new Follower(eventId, phone, address, device ?? connectionId);
        _changed[eventId] = 0;
    }

    public void Leave(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var left))
        {
            _changed[left.EventId] = 0;
        }
    }

    public int Phones(int eventId) => _connections.Values
        .Where(c => c.EventId == eventId && c.Phone)
        .GroupBy(c => c.Address, StringComparer.Ordinal)
        .Sum(address => Math.Min(_perAddress, address.Select(c => c.Device).Distinct(StringComparer.Ordinal).Count()));

    /// <summary>The events followed on this instance.</summary>
    public List<int> Events()
    {
        var events = new HashSet<int>();
        foreach (var (_, follower) in _connections)
        {
            events.Add(follower.EventId);
        }
        return [.. events];
    }

    /// <summary>The connections of this instance that joined the event.</summary>
    public List<string> ConnectionsOf(int eventId)
    {
        var ids = new List<string>();
        foreach (var (connectionId, follower) in _connections)
        {
            if (follower.EventId == eventId)
            {
                ids.Add(connectionId);
            }
        }
        return ids;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var eventId in _changed.Keys)
            {
                _changed.TryRemove(eventId, out _);
                try
                {
                    // Only the boards show the audience: thousands of phones arriving do not each get a message every few seconds.
                    await hub.Clients.Group(LiveBroadcaster.BoardsGroupFor(eventId)).Audience(Phones(eventId));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(logger, ex, eventId);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not push the audience of event {EventId}.")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, int eventId);
}
