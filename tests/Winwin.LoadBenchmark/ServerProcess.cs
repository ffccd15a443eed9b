using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Winwin.LoadBenchmark;

/// <summary>A server under test in its own process, so that its memory and CPU are its own.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly long TicksPerSecond = 100; // USER_HZ on Linux
    private readonly Process _process;
    private readonly Channel<string> _answers = Channel.CreateUnbounded<string>();
    private readonly Queue<string> _tail = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith(StartupHook.Marker, StringComparison.Ordinal))
            {
                _answers.Writer.TryWrite(line);
            }
            else
            {
                Keep(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The last lines the server wrote, for the error message when it fails.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join(Environment.NewLine, _tail);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 30)
            {
                _tail.Dequeue();
            }
        }
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>dotnet {dll} {args}</c> on a free loopback port and waits until <c>/health</c> answers.</summary>
    public static async Task<ServerProcess> StartAsync(string dll, IEnumerable<string> args, IDictionary<string, string> environment)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
        };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var server = new ServerProcess(Process.Start(start)!, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        // A first start migrates and seeds a new database: a minute on a busy shared machine, more at times.
        while (deadline.Elapsed < TimeSpan.FromSeconds(300))
        {
            if (server._process.HasExited)
            {
                throw new InvalidOperationException($"The server {dll} exited with code {server._process.ExitCode}:{Environment.NewLine}{server.Tail}");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        // Not left running behind the failed benchmark.
        await server.DisposeAsync();
        throw new InvalidOperationException($"The server {dll} did not answer /health within 300 s.");
    }

    /// <summary>Resident memory of the server process, in bytes.</summary>
    public long Rss()
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        return 0;
    }

    /// <summary>CPU time used by the server so far (user + system).</summary>
    public TimeSpan Cpu()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of the file, counted after the command name: utime, stime.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }

    /// <summary>Forces a full, compacting garbage collection in the server; returns its managed heap after it.</summary>
    public async Task<long> CollectGarbageAsync()
    {
        var answer = await AskAsync("gc");
        // Let the runtime hand freed memory back before RSS is read.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return long.Parse(Field(answer, "heap"), CultureInfo.InvariantCulture);
    }

    /// <summary>How many methods the server's JIT has compiled so far (every tier), and the time it spent on them.</summary>
    public async Task<(long Methods, TimeSpan Time)> JitAsync()
    {
        var answer = await AskAsync("jit");
        return (long.Parse(Field(answer, "methods"), CultureInfo.InvariantCulture),
            TimeSpan.FromMilliseconds(double.Parse(Field(answer, "ms"), CultureInfo.InvariantCulture)));
    }

    private async Task<string> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _answers.Reader.ReadAsync(timeout.Token);
    }

    private static string Field(string answer, string name)
    {
        var start = answer.IndexOf(name + "=", StringComparison.Ordinal) + name.Length + 1;
        var end = answer.IndexOf(' ', start);
        return end < 0 ? answer[start..] : answer[start..end];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
