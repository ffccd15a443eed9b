using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Winwin.E2E;

/// <summary>
/// A loopback TCP proxy between the browser and Kestrel, to cut a page's network the way a lost Wi-Fi or a
/// locked phone does: Playwright's offline mode leaves open WebSockets alone, this one closes them.
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly ConcurrentDictionary<int, Link> _links = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Socket? _listener;
    private Task _accepting = Task.CompletedTask;
    private IPEndPoint _target = new(IPAddress.Loopback, 0);
    private bool _cut;
    private int _nextLink;
    private int _forwarded;
    private int _refused;

    /// <summary>Where the browser goes: <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; private set; } = default!;

    /// <summary>Connections passed on to the target since the start.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Connections turned away (cut, or the target not listening): each one is a client's attempt to come back.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Connections currently open through the proxy.</summary>
    public int Open => _links.Count;

    /// <summary>Raised (on a pool thread) each time a connection is passed on to the target.</summary>
    public event Action? ConnectionForwarded;

    public Task StartAsync(IPEndPoint target)
    {
        _target = target;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(128);
        var port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _accepting = AcceptLoopAsync(_listener, _stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>Closes every open connection (with a reset, as a dropped network does) and turns new ones away until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _cut = true;
        }
        foreach (var link in _links.Values)
        {
            link.Abort();
        }
    }

    /// <summary>Lets connections through again.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            _cut = false;
        }
    }

    /// <summary>Sends new connections to another server (a restart on another port); open ones stay where they are.</summary>
    public void Retarget(IPEndPoint target)
    {
        lock (_gate)
        {
            _target = target;
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener?.Dispose();
        foreach (var link in _links.Values)
        {
            link.Abort();
        }
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; how it ended does not matter any more.
        }
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = HandleAsync(client, stopping);
        }
    }

    private async Task HandleAsync(Socket client, CancellationToken stopping)
    {
        client.NoDelay = true;
        bool cut;
        IPEndPoint target;
        lock (_gate)
        {
            cut = _cut;
            target = _target;
        }
        if (cut)
        {
            Interlocked.Increment(ref _refused);
            Reset(client);
            return;
        }
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            connectTimeout.CancelAfter(TimeSpan.FromSeconds(5));
            await server.ConnectAsync(target, connectTimeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            // The server is down: the browser sees its attempt fail at once, as with a refused connection.
            Interlocked.Increment(ref _refused);
            server.Dispose();
            Reset(client);
            return;
        }
        var id = Interlocked.Increment(ref _nextLink);
        var link = new Link(client, server);
        _links[id] = link;
        lock (_gate)
        {
            // Cut between the check above and now: this one goes too.
            if (_cut)
            {
                link.Abort();
            }
        }
        Interlocked.Increment(ref _forwarded);
        ConnectionForwarded?.Invoke();
        try
        {
            await Task.WhenAll(PumpAsync(client, server, link), PumpAsync(server, client, link));
        }
        finally
        {
            _links.TryRemove(id, out _);
            link.Close();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, Link link)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    // An orderly close is passed on as one, so that the last response is not lost to a reset.
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side went away (or the link was cut): the other side goes too.
            link.Abort();
        }
    }

    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // Already reset by the other end.
        }
        socket.Dispose();
    }

    /// <summary>One browser connection and its connection to the server.</summary>
    private sealed class Link(Socket client, Socket server)
    {
        private int _closed;

        /// <summary>Resets both connections, as a dropped network does.</summary>
        public void Abort()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                Reset(client);
                Reset(server);
            }
        }

        /// <summary>Releases both connections once both directions have ended.</summary>
        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                client.Dispose();
                server.Dispose();
            }
        }
    }
}
