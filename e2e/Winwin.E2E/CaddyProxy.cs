using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Winwin.E2E;

/// <summary>
/// The real Caddy (the Debian package) run with the repository's <c>deploy/Caddyfile</c>, given through its environment
/// only where it serves (<see cref="Host"/> over HTTP and HTTPS, on free ports) and the app instances it sends to.
/// HTTPS uses Caddy's own local certificate authority, kept in a temporary directory.
/// </summary>
public sealed class CaddyProxy : IAsyncDisposable
{
    public const string Executable = "/usr/bin/caddy";

    /// <summary>The site's name: a <c>.localhost</c> name gets a certificate from Caddy's local authority, and is no host HSTS leaves out.</summary>
    public const string Host = "winwin.localhost";

    private readonly Process _process;
    private readonly string _home;
    private readonly List<string> _log = [];

    private CaddyProxy(Process process, string home, int httpPort, int httpsPort)
    {
        _process = process;
        _home = home;
        Http = new Uri($"http://{Host}:{httpPort}/");
        Https = new Uri($"https://{Host}:{httpsPort}/");
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public Uri Http { get; }

    public Uri Https { get; }

    /// <summary>The last lines Caddy logged, to explain a failure.</summary>
    public string LogTail
    {
        get
        {
            lock (_log)
            {
                return string.Join(Environment.NewLine, _log.TakeLast(20));
            }
        }
    }

    /// <summary>Starts Caddy in front of <paramref name="apps"/> and waits (30 s at most) until it serves their <c>/health</c> over HTTP and HTTPS.</summary>
    public static async Task<CaddyProxy> StartAsync(string caddyfile, IEnumerable<Uri> apps)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"caddy is missing at {Executable}; the deployment test needs it. Install it with: sudo apt-get install -y caddy");
        }
        var home = Directory.CreateTempSubdirectory("winwin-caddy-").FullName;
        int httpPort = FreePort(), httpsPort = FreePort(), redirectPort = FreePort();
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "run", "--config", caddyfile, "--adapter", "caddyfile" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["WINWIN_SITE"] = $"http://{Host}:{httpPort}, https://{Host}:{httpsPort}";
        start.Environment["WINWIN_APPS"] = string.Join(' ', apps.Select(a => a.Authority));
        start.Environment["WINWIN_HTTP_PORT"] = redirectPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["WINWIN_HTTPS_PORT"] = httpsPort.ToString(CultureInfo.InvariantCulture);
        // Its certificate authority and certificates go here, not into the machine's home directory.
        start.Environment["HOME"] = home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, "config");
        var caddy = new CaddyProxy(Process.Start(start)!, home, httpPort, httpsPort);
        try
        {
            await caddy.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
            return caddy;
        }
        catch
        {
            await caddy.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A client of the site whose connections come from <paramref name="source"/> (any address of 127.0.0.0/8 is this
    /// machine: each one is another visitor for Caddy), keeping its cookies in <paramref name="cookies"/>.
    /// The machine does not trust Caddy's local authority: the client trusts it, and it alone.
    /// </summary>
    public HttpClient ClientFrom(IPAddress source, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, errors) => IssuedByCaddy(certificate, errors) },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler);
    }

    private bool IssuedByCaddy(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }
        var authority = Path.Combine(_home, "data", "caddy", "pki", "authorities", "local");
        using var root = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(authority, "root.crt"));
        using var intermediate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(authority, "intermediate.crt"));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.Add(intermediate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var served = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(served);
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var client = ClientFrom(IPAddress.Loopback);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"caddy stopped (exit code {_process.ExitCode}):{Environment.NewLine}{LogTail}");
            }
            try
            {
                using var http = await client.GetAsync(new Uri(Http, "/health"));
                using var https = await client.GetAsync(new Uri(Https, "/health"));
                if (http.IsSuccessStatusCode && https.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"caddy did not serve the apps within {timeout.TotalSeconds} s:{Environment.NewLine}{LogTail}");
            }
            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
        Directory.Delete(_home, recursive: true);
    }
}
