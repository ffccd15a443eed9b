using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using MimeKit;

namespace Winwin.Live.Tests.Features.Mail;

/// <summary>
/// A real SMTP server for the tests: smtp4dev (the local dotnet tool of the repository's manifest) on 127.0.0.1, free
/// ports, an in-memory database; messages are read back through its HTTP API. Stopped by its process id.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime
{
    private Process? _process;
    private readonly HttpClient _api = new();

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        Port = FreePort();
        var webPort = FreePort();
        _api.BaseAddress = new Uri($"http://127.0.0.1:{webPort}");
        var data = Directory.CreateTempSubdirectory("smtp4dev-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={Port}",
            "--bindaddress=127.0.0.1", "--db=", "--imapport=", "--pop3port=", "--nousersettings", "--tlsmode=None",
            $"--baseappdatapath={data.FullName}", "--messagestokeep=1000"])
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if ((await _api.GetAsync("/api/messages")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until && !_process.HasExited)
            {
            }
            if (DateTime.UtcNow >= until || _process.HasExited)
            {
                throw new InvalidOperationException("smtp4dev did not answer within 90 seconds (is `dotnet tool restore` done?).");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The messages received for <paramref name="address"/>, waiting up to 30 seconds for at least one.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string address, int atLeast = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await _api.GetFromJsonAsync<MessagePage>("/api/messages?pageSize=1000");
            var ids = page!.Results.Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase))).Select(m => m.Id).ToList();
            if (ids.Count >= atLeast || DateTime.UtcNow >= until)
            {
                var messages = new List<MimeMessage>();
                foreach (var id in ids)
                {
                    await using var raw = await _api.GetStreamAsync($"/api/messages/{id}/raw");
                    messages.Add(await MimeMessage.LoadAsync(raw));
                }
                return messages;
            }
            await Task.Delay(100);
        }
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
        _api.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A port nothing listens on (right after this call).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "dotnet-tools.json")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("dotnet-tools.json not found above the test's directory.");
    }

    private sealed record MessagePage(IReadOnlyList<MessageSummary> Results);

    private sealed record MessageSummary(string Id, IReadOnlyList<string> To);
}
