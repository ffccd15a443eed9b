using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Winwin.LoadBenchmark;

/// <summary>
/// N phones: real SignalR connections, negotiated as a browser does (<c>POST .../negotiate</c>, then a WebSocket),
/// joined to one event. Each records when it received each announced deal, by the deal's number.
/// </summary>
internal sealed class Phones : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly long[] _received;
    private readonly int _slots;
    private readonly int _baseNumber;
    private long _count;
    private long _duplicates;
    private long _unexpected;

    public Phones(int count, int slots, int baseNumber)
    {
        Count = count;
        _slots = slots;
        _baseNumber = baseNumber;
        _received = new long[count * slots];
    }

    public int Count { get; }

    public long Received => Interlocked.Read(ref _count);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Unexpected => Interlocked.Read(ref _unexpected);

    /// <summary>When phone <paramref name="phone"/> received deal <c>baseNumber + 1 + slot</c> (a Stopwatch timestamp), or 0.</summary>
    public long ReceivedAt(int phone, int slot) => Volatile.Read(ref _received[(phone * _slots) + slot]);

    /// <summary>Opens the connections, <paramref name="parallel"/> at a time, each joining <paramref name="slug"/> as a phone.</summary>
    public async Task ConnectAsync(Uri server, string slug, long seq, int parallel)
    {
        // One pool for the negotiate requests of all phones, instead of one handler (and TCP connection) per phone.
        var shared = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseCookies = false,
            MaxConnectionsPerServer = parallel,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        });
        using var gate = new SemaphoreSlim(parallel);
        var hub = new Uri(server, "/hubs/live");
        var tasks = new List<Task>(Count);
        for (var i = 0; i < Count; i++)
        {
            var phone = i;
            var connection = new HubConnectionBuilder()
                .WithUrl(hub, o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.HttpMessageHandlerFactory = _ => new SharedHandler(shared);
                })
                .Build();
            connection.On<Entry>("Change", entry => Record(phone, entry));
            connection.On<long>("LatestSeq", _ => { });
            connection.On<int>("Audience", _ => { });
            _connections.Add(connection);
            await gate.WaitAsync();
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    await StartWithRetriesAsync(connection);
                    await connection.InvokeAsync<object>("JoinEventAs", slug, seq, "phone");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(tasks);
    }

    private static async Task StartWithRetriesAsync(HubConnection connection)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.StartAsync();
                return;
            }
            catch (Exception ex) when (attempt < 5 && ex is HttpRequestException or System.Net.WebSockets.WebSocketException or TimeoutException)
            {
                await Task.Delay(500 * attempt);
            }
        }
    }

    private void Record(int phone, Entry entry)
    {
        var now = Stopwatch.GetTimestamp();
        var slot = (entry.Payload?.Number ?? 0) - _baseNumber - 1;
        if (slot < 0 || slot >= _slots)
        {
            Interlocked.Increment(ref _unexpected);
            return;
        }
        ref var at = ref _received[(phone * _slots) + slot];
        if (at != 0)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }
        at = now;
        Interlocked.Increment(ref _count);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var batch in _connections.Chunk(500))
        {
            await Task.WhenAll(batch.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>What the generator reads of a pushed change: only the deal's number (the rest is skipped, not built).</summary>
    internal sealed record Entry(long Seq, EntryPayload? Payload);

    internal sealed record EntryPayload(int Number);

    /// <summary>Hands the requests of every connection to one shared pool; SignalR disposes this wrapper, not the pool.</summary>
    private sealed class SharedHandler(HttpMessageInvoker shared) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            shared.SendAsync(request, cancellationToken);
    }
}
