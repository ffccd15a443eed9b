using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Winwin.LoadBenchmark;

// Live fan-out benchmark. See docs/performance.md for how it is run and what it reports.
//   dotnet Winwin.LoadBenchmark.dll --connections 2000 --rate 5 --announcements 100 --repeat 3
//   dotnet Winwin.LoadBenchmark.dll bare-hub          (the bare SignalR server; started by the benchmark itself)
if (args is ["bare-hub", .. var rest])
{
    await BareHub.RunAsync(rest);
    return 0;
}

var options = BenchmarkOptions.Parse(args);
Console.WriteLine($"Live fan-out: {options.Connections} phones, {options.Announcements} announcements at {options.Rate}/s, {options.Repeat} run(s); app {options.App ?? options.Url?.ToString()}");
var results = new List<RunPair>();
for (var run = 1; run <= options.Repeat; run++)
{
    var ours = await Benchmark.RunOursAsync(options, run);
    Console.WriteLine(ours.Describe());
    var bare = options.SkipBare ? null : await Benchmark.RunBareAsync(options, run, ours.Payload);
    if (bare is not null)
    {
        Console.WriteLine(bare.Describe());
    }
    var pair = new RunPair(run, ours, bare);
    Console.WriteLine(pair.DescribeRatios());
    results.Add(pair);
}
Console.WriteLine();
Console.WriteLine(Report.Summary(options, results));
if (options.Out is { } file)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { options.Connections, options.Rate, options.Announcements, Runs = results }, Report.Json));
    Console.WriteLine($"Results written to {file}");
}
return 0;

namespace Winwin.LoadBenchmark
{
    internal sealed record BenchmarkOptions(int Connections, double Rate, int Announcements, int Repeat, string? App, Uri? Url,
        string Email, string Password, string Slug, bool SkipBare, string? Out, int Parallel, TimeSpan Drain, IReadOnlyDictionary<string, string> ServerEnvironment)
    {
        public static BenchmarkOptions Parse(string[] args)
        {
            string? Get(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            }
            var repoApp = Path.Combine("src", "Winwin.Live", "bin", "Release", "net10.0", "Winwin.Live.dll");
            var url = Get("--url");
            return new BenchmarkOptions(
                int.Parse(Get("--connections") ?? "2000", CultureInfo.InvariantCulture),
                double.Parse(Get("--rate") ?? "5", CultureInfo.InvariantCulture),
                int.Parse(Get("--announcements") ?? "100", CultureInfo.InvariantCulture),
                int.Parse(Get("--repeat") ?? "1", CultureInfo.InvariantCulture),
                url is null ? Get("--app") ?? repoApp : null,
                url is null ? null : new Uri(url),
                Get("--email") ?? "bench@winwin.test",
                Get("--password") ?? "benchmark passphrase",
                Get("--slug") ?? "demo",
                args.Contains("--skip-bare"),
                Get("--out"),
                int.Parse(Get("--parallel") ?? "64", CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(int.Parse(Get("--drain") ?? "30", CultureInfo.InvariantCulture)),
                // --server-env KEY=VALUE (repeatable): settings for the app under test, to try a change without a rebuild.
                args.Select((a, i) => (a, i)).Where(x => x.a == "--server-env" && x.i + 1 < args.Length)
                    .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]));
        }
    }

    internal static class Benchmark
    {
        // Enough calls for the JIT to have recompiled the hot paths of both servers before the measurement: the app's
        // announcement path (ASP.NET Core, Identity, EF Core) keeps the tiered JIT busy for about 300 calls.
        private const int WarmUp = 300;

        /// <summary>Winwin Live: the app in its own process on a fresh SQLite file with the demo event, deals announced through the staff API.</summary>
        public static async Task<RunResult> RunOursAsync(BenchmarkOptions options, int run)
        {
            var database = Path.Combine(Path.GetTempPath(), $"winwin-bench-{Guid.NewGuid():N}.db");
            ServerProcess? server = null;
            try
            {
                Uri address;
                if (options.Url is { } url)
                {
                    address = url;
                }
                else
                {
                    var environment = new Dictionary<string, string>
                    {
                        ["Winwin__Database__Provider"] = "Sqlite",
                        ["ConnectionStrings__Winwin"] = $"Data Source={database}",
                        ["Winwin__Bootstrap__Email"] = options.Email,
                        ["Winwin__Bootstrap__Password"] = options.Password,
                        ["Logging__LogLevel__Default"] = "Warning",
                    };
                    // A first start in Development seeds the demo event (20 organisations, 43 offers and requests, a few deals);
                    // the measured one runs in Production on that database.
                    await (await ServerProcess.StartAsync(options.App!, [], new Dictionary<string, string>(environment) { ["ASPNETCORE_ENVIRONMENT"] = "Development" }))
                        .DisposeAsync();
                    environment["ASPNETCORE_ENVIRONMENT"] = "Production";
                    foreach (var (key, value) in options.ServerEnvironment)
                    {
                        environment[key] = value;
                    }
                    server = await ServerProcess.StartAsync(options.App!, [], environment);
                    address = server.Address;
                }
                using var staff = new HttpClient(new SocketsHttpHandler { UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
                var login = await staff.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = options.Email, password = options.Password });
                login.EnsureSuccessStatusCode();
                var snapshot = await staff.GetFromJsonAsync<JsonElement>($"/api/events/{options.Slug}/snapshot");
                var organizations = snapshot.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).Take(2).ToArray();

                async Task<int?> Announce(int i)
                {
                    var command = new
                    {
                        idempotencyKey = Guid.NewGuid(),
                        parties = new[] { new { organizationId = organizations[0], gives = $"Annonce {i}" }, new { organizationId = organizations[1], gives = "Une animation" } },
                        fulfils = Array.Empty<int>(),
                    };
                    var response = await staff.PostAsJsonAsync($"/api/events/{options.Slug}/deals", command);
                    return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32() : null;
                }

                var (payload, baseNumber, seq) = await WarmUpAsync(address, options.Slug, Announce);
                return await MeasureAsync("ours", options, run, server, address, payload, baseNumber, seq, Announce);
            }
            finally
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(database + suffix);
                }
            }
        }

        /// <summary>The bare hub: the same payload (the app's own feed entry, renumbered), the same schedule, one group.</summary>
        public static async Task<RunResult> RunBareAsync(BenchmarkOptions options, int run, string payload)
        {
            await using var server = await ServerProcess.StartAsync(typeof(Benchmark).Assembly.Location, ["bare-hub"], new Dictionary<string, string>());
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
            var template = JsonNode.Parse(payload)!;
            var numbers = 0;

            async Task<int?> Announce(int i)
            {
                var number = Interlocked.Increment(ref numbers);
                var entry = template.DeepClone();
                entry["seq"] = number;
                entry["payload"]!["number"] = number;
                var response = await http.PostAsync(new Uri("/announce", UriKind.Relative),
                    new StringContent(entry.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
                return response.IsSuccessStatusCode ? number : null;
            }

            var (_, baseNumber, seq) = await WarmUpAsync(server.Address, "event", Announce);
            return await MeasureAsync("bare", options, run, server, server.Address, payload, baseNumber, seq, Announce);
        }

        /// <summary>A few announcements to one phone, so that both servers are warm; returns the last entry as received.</summary>
        private static async Task<(string Payload, int BaseNumber, long Seq)> WarmUpAsync(Uri address, string slug, Func<int, Task<int?>> announce)
        {
            await using var probe = new HubConnectionBuilder()
                .WithUrl(new Uri(address, "/hubs/live"), HttpTransportType.WebSockets)
                .Build();
            var received = new System.Collections.Concurrent.ConcurrentDictionary<int, JsonElement>();
            probe.On<JsonElement>("Change", e => received[e.GetProperty("payload").GetProperty("number").GetInt32()] = e.Clone());
            await probe.StartAsync();
            await probe.InvokeAsync<object>("JoinEventAs", slug, (long?)null, "phone");
            int? number = null;
            for (var i = 0; i < WarmUp; i++)
            {
                number = await announce(-1 - i) ?? throw new InvalidOperationException("A warm-up announcement failed.");
            }
            // Let the background JIT finish what the warm-up queued.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var waited = Stopwatch.StartNew();
            JsonElement entry;
            while (!received.TryGetValue(number!.Value, out entry))
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"The warm-up phone did not receive deal {number}.");
                }
                await Task.Delay(20);
            }
            return (entry.GetRawText(), number.Value, entry.GetProperty("seq").GetInt64());
        }

        private static async Task<RunResult> MeasureAsync(string kind, BenchmarkOptions options, int run, ServerProcess? server, Uri address,
            string payload, int baseNumber, long seq, Func<int, Task<int?>> announce)
        {
            // A first crowd of phones joins and leaves, so that what any server keeps after serving one (thread pool,
            // database connections and their caches, buffer pools) is in the baseline, not counted per connection.
            await using (var crowd = new Phones(options.Parallel, 1, baseNumber))
            {
                await crowd.ConnectAsync(address, kind == "bare" ? "event" : options.Slug, seq, options.Parallel);
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
            var heapBefore = server is null ? 0 : await server.CollectGarbageAsync();
            var rssBefore = server?.Rss() ?? 0;

            var connecting = Stopwatch.StartNew();
            // The first announcements, at the same rate, are not measured: they warm up the fan-out to this many phones
            // (the JIT recompiles the paths of the broadcast, the buffers grow), so that the figures are the steady state.
            var warmUp = Math.Max(10, (int)Math.Ceiling(10 * options.Rate));
            var total = warmUp + options.Announcements;
            await using var phones = new Phones(options.Connections, total, baseNumber);
            await phones.ConnectAsync(address, kind == "bare" ? "event" : options.Slug, seq, options.Parallel);
            var connectTook = connecting.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(5));
            var rssConnected = server?.Rss() ?? 0;
            var heapAfter = server is null ? 0 : await server.CollectGarbageAsync();
            var rssAfterGc = server?.Rss() ?? 0;
            // The server's periodic work after the joins (audience count, latest Seq) is done before the first announcement;
            // what it spends meanwhile is its cost of holding the connections.
            var idleCpu0 = server?.Cpu() ?? TimeSpan.Zero;
            var idle = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idleCores = ((server?.Cpu() ?? TimeSpan.Zero) - idleCpu0).TotalSeconds / idle.Elapsed.TotalSeconds;

            var generator = Process.GetCurrentProcess();
            var started = new long[total];
            var numbers = new int?[total];
            var requests = new Task[total];
            var answered = new double[total];
            var interval = TimeSpan.FromSeconds(1 / options.Rate);

            // Open loop: each announcement starts on its own tick, whatever the previous ones are doing.
            async Task ScheduleAsync(int from, int to)
            {
                var clock = Stopwatch.StartNew();
                for (var i = from; i < to; i++)
                {
                    var wait = interval * (i - from) - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }
                    var index = i;
                    started[index] = Stopwatch.GetTimestamp();
                    requests[index] = Task.Run(async () =>
                    {
                        try
                        {
                            numbers[index] = await announce(index);
                            answered[index] = Stopwatch.GetElapsedTime(started[index]).TotalMilliseconds;
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                        {
                            numbers[index] = null;
                        }
                    });
                }
            }

            await ScheduleAsync(0, warmUp);
            await Task.WhenAll(requests[..warmUp]);
            // The fan-out to this many phones and their joins ran code the warm-up to one phone had not: the runtime
            // compiles it again, optimised, on a background thread for some seconds. That is paid once per process, not
            // per announcement: the measure starts when the JIT has been quiet for two seconds (both servers alike).
            var settled = Stopwatch.StartNew();
            if (server is not null)
            {
                var (methods, _) = await server.JitAsync();
                var quiet = 0;
                while (quiet < 2 && settled.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    var (now, _) = await server.JitAsync();
                    quiet = now == methods ? quiet + 1 : 0;
                    methods = now;
                }
            }
            var settleSeconds = settled.Elapsed.TotalSeconds;
            var jit0 = server is null ? default : await server.JitAsync();
            generator.Refresh();
            var generatorCpu0 = generator.TotalProcessorTime;
            var serverCpu0 = server?.Cpu() ?? TimeSpan.Zero;
            var measured = Stopwatch.StartNew();
            await ScheduleAsync(warmUp, total);
            await Task.WhenAll(requests);
            var announced = numbers.Skip(warmUp).Count(n => n is not null);
            var expectedAll = (long)numbers.Count(n => n is not null) * options.Connections;
            var expected = (long)announced * options.Connections;
            var drain = Stopwatch.StartNew();
            while (phones.Received < expectedAll && drain.Elapsed < options.Drain)
            {
                await Task.Delay(20);
            }
            var wall = measured.Elapsed;
            generator.Refresh();
            var generatorCpu = generator.TotalProcessorTime - generatorCpu0;
            var serverCpu = (server?.Cpu() ?? TimeSpan.Zero) - serverCpu0;
            var jit1 = server is null ? default : await server.JitAsync();
            // Memory again with the phones still connected, now that every connection has carried traffic (buffers, pools).
            var rssEnd = server?.Rss() ?? 0;
            var heapEnd = server is null ? 0 : await server.CollectGarbageAsync();
            var rssEndAfterGc = server?.Rss() ?? 0;

            // Latency of each delivery: from the start of its announce request to its receipt by the phone.
            var all = new List<double>((int)Math.Min(expected, int.MaxValue));
            var perAnnouncement = new List<AnnouncementStats>(options.Announcements);
            var lost = 0L;
            for (var i = warmUp; i < total; i++)
            {
                if (numbers[i] is not { } number)
                {
                    continue;
                }
                var slot = number - baseNumber - 1;
                var latencies = new double[options.Connections];
                var got = 0;
                for (var p = 0; p < options.Connections; p++)
                {
                    var at = slot >= 0 && slot < total ? phones.ReceivedAt(p, slot) : 0;
                    if (at == 0)
                    {
                        lost++;
                        continue;
                    }
                    latencies[got++] = Stopwatch.GetElapsedTime(started[i], at).TotalMilliseconds;
                }
                var mine = latencies[..got];
                Array.Sort(mine);
                all.AddRange(mine);
                perAnnouncement.Add(new AnnouncementStats(i - warmUp, Percentile(mine, 0.5), Percentile(mine, 0.99), mine.Length > 0 ? mine[^1] : double.NaN));
            }
            all.Sort();
            var answers = answered.Skip(warmUp).Where(a => a > 0).Order().ToList();
            return new RunResult(kind, run, options.Connections, options.Rate, options.Announcements, string.Join(' ', load),
                connectTook.TotalSeconds, announced, lost, phones.Duplicates,
                Percentile(all, 0.5), Percentile(all, 0.9), Percentile(all, 0.99), all.Count > 0 ? all[^1] : double.NaN,
                rssBefore, rssConnected, rssAfterGc, heapBefore, heapAfter, rssEnd, rssEndAfterGc, heapEnd,
                serverCpu.TotalSeconds, generatorCpu.TotalSeconds, wall.TotalSeconds,
                System.Text.Encoding.UTF8.GetByteCount(payload), payload, idleCores, Percentile(answers, 0.5), Percentile(answers, 0.99), perAnnouncement,
                settleSeconds, jit1.Methods - jit0.Methods, (jit1.Time - jit0.Time).TotalMilliseconds);
        }

        public static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    internal sealed record AnnouncementStats(int Index, double P50, double P99, double Max);

    internal sealed record RunResult(string Kind, int Run, int Connections, double Rate, int Announcements, string LoadAverage,
        double ConnectSeconds, int Announced, long Lost, long Duplicates,
        double P50, double P90, double P99, double Max,
        long RssBefore, long RssConnected, long RssAfterGc, long HeapBefore, long HeapAfterGc, long RssEnd, long RssEndAfterGc, long HeapEnd,
        double ServerCpuSeconds, double GeneratorCpuSeconds, double WallSeconds, int PayloadBytes,
        [property: System.Text.Json.Serialization.JsonIgnore] string Payload, double IdleServerCores, double AnswerP50, double AnswerP99,
        IReadOnlyList<AnnouncementStats> PerAnnouncement, double JitSettleSeconds, long JitMethodsMeasured, double JitMsMeasured)
    {
        public double RssPerConnectionKb => (RssConnected - RssBefore) / 1024.0 / Connections;

        public double RssAfterGcPerConnectionKb => (RssAfterGc - RssBefore) / 1024.0 / Connections;

        public double HeapPerConnectionKb => (HeapAfterGc - HeapBefore) / 1024.0 / Connections;

        /// <summary>After the announcements, phones still connected, after a forced GC: the headline memory per connection.</summary>
        public double RssEndAfterGcPerConnectionKb => (RssEndAfterGc - RssBefore) / 1024.0 / Connections;

        public double RssEndPerConnectionKb => (RssEnd - RssBefore) / 1024.0 / Connections;

        public double HeapEndPerConnectionKb => (HeapEnd - HeapBefore) / 1024.0 / Connections;

        public double ServerCores => ServerCpuSeconds / WallSeconds;

        public double GeneratorCores => GeneratorCpuSeconds / WallSeconds;

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"  run {Run} {Kind,-4}: load {LoadAverage}; connect {ConnectSeconds:F1} s; {Announced}/{Announcements} announced; " +
            $"p50 {P50:F0} ms, p90 {P90:F0} ms, p99 {P99:F0} ms, max {Max:F0} ms; lost {Lost}, twice {Duplicates}; " +
            $"RSS {RssBefore / 1048576.0:F0} -> {RssConnected / 1048576.0:F0} MB ({RssPerConnectionKb:F1} KB/conn), after GC {RssAfterGc / 1048576.0:F0} MB " +
            $"({RssAfterGcPerConnectionKb:F1} KB/conn), managed heap {HeapPerConnectionKb:F1} KB/conn; after the run {RssEnd / 1048576.0:F0} MB " +
            $"({RssEndPerConnectionKb:F1} KB/conn), after GC {RssEndAfterGc / 1048576.0:F0} MB ({RssEndAfterGcPerConnectionKb:F1} KB/conn), managed heap {HeapEndPerConnectionKb:F1} KB/conn; " +
            $"CPU server {ServerCores:F2} cores, generator {GeneratorCores:F2} cores over {WallSeconds:F1} s (server idle with the phones {IdleServerCores:F2} cores); " +
            $"JIT quiet after {JitSettleSeconds:F0} s, then {JitMethodsMeasured} methods in {JitMsMeasured:F0} ms while measured; payload {PayloadBytes} B; " +
            $"announce answered p50 {AnswerP50:F0} ms, p99 {AnswerP99:F0} ms");
    }

    internal sealed record RunPair(int Run, RunResult Ours, RunResult? Bare)
    {
        /// <summary>Ours over bare, announcement by announcement (the i-th of each run): the median and the 90th percentile of those ratios.</summary>
        public (double P50Median, double P50P90, double P99Median, double P99P90) AnnouncementRatios()
        {
            if (Bare is null)
            {
                return (double.NaN, double.NaN, double.NaN, double.NaN);
            }
            var bare = Bare.PerAnnouncement.ToDictionary(a => a.Index);
            var p50 = new List<double>();
            var p99 = new List<double>();
            foreach (var a in Ours.PerAnnouncement)
            {
                if (bare.TryGetValue(a.Index, out var b) && b.P50 > 0)
                {
                    p50.Add(a.P50 / b.P50);
                    p99.Add(a.P99 / b.P99);
                }
            }
            p50.Sort();
            p99.Sort();
            return (Benchmark.Percentile(p50, 0.5), Benchmark.Percentile(p50, 0.9), Benchmark.Percentile(p99, 0.5), Benchmark.Percentile(p99, 0.9));
        }

        public string DescribeRatios()
        {
            if (Bare is null)
            {
                return "";
            }
            var r = AnnouncementRatios();
            return string.Create(CultureInfo.InvariantCulture,
                $"  run {Run} ours/bare: p50 {Ours.P50 / Bare.P50:F2}x, p99 {Ours.P99 / Bare.P99:F2}x; per announcement p50 median {r.P50Median:F2}x (p90 {r.P50P90:F2}x), " +
                $"p99 median {r.P99Median:F2}x (p90 {r.P99P90:F2}x); memory/conn after the run and GC {Ours.RssEndAfterGcPerConnectionKb / Bare.RssEndAfterGcPerConnectionKb:F2}x (managed heap {Ours.HeapEndPerConnectionKb / Bare.HeapEndPerConnectionKb:F2}x); " +
                $"after connecting and GC {Ours.RssAfterGcPerConnectionKb / Bare.RssAfterGcPerConnectionKb:F2}x, before GC {Ours.RssPerConnectionKb / Bare.RssPerConnectionKb:F2}x, managed heap {Ours.HeapPerConnectionKb / Bare.HeapPerConnectionKb:F2}x");
        }
    }

    internal static class Report
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        /// <summary>The median of the runs, as a Markdown table for docs/performance.md.</summary>
        public static string Summary(BenchmarkOptions options, IReadOnlyList<RunPair> runs)
        {
            var lines = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"Median of {runs.Count} run(s): N = {options.Connections}, {options.Announcements} announcements at {options.Rate}/s"),
                "",
                "| server | p50 ms | p90 ms | p99 ms | max ms | lost | KB/conn connected (RSS / after GC / heap) | KB/conn after the run (RSS / after GC / heap) | server CPU (cores) | generator CPU (cores) |",
                "|---|---|---|---|---|---|---|---|---|---|",
            };
            foreach (var select in new Func<RunPair, RunResult?>[] { r => r.Ours, r => r.Bare })
            {
                var results = runs.Select(select).OfType<RunResult>().ToList();
                if (results.Count == 0)
                {
                    continue;
                }
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {(results[0].Kind == "ours" ? "Winwin Live" : "bare SignalR hub")} | {Median(results.Select(r => r.P50)):F0} | {Median(results.Select(r => r.P90)):F0} | " +
                    $"{Median(results.Select(r => r.P99)):F0} | {Median(results.Select(r => r.Max)):F0} | {results.Sum(r => r.Lost)} | " +
                    $"{Median(results.Select(r => r.RssPerConnectionKb)):F1} / {Median(results.Select(r => r.RssAfterGcPerConnectionKb)):F1} / {Median(results.Select(r => r.HeapPerConnectionKb)):F1} | " +
                    $"{Median(results.Select(r => r.RssEndPerConnectionKb)):F1} / {Median(results.Select(r => r.RssEndAfterGcPerConnectionKb)):F1} / {Median(results.Select(r => r.HeapEndPerConnectionKb)):F1} | {Median(results.Select(r => r.ServerCores)):F2} | {Median(results.Select(r => r.GeneratorCores)):F2} |"));
            }
            var pairs = runs.Where(r => r.Bare is not null).ToList();
            if (pairs.Count > 0)
            {
                var ratios = pairs.Select(p => p.AnnouncementRatios()).ToList();
                lines.Add("");
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Ours / bare (median of runs): p50 {Median(pairs.Select(p => p.Ours.P50 / p.Bare!.P50)):F2}x, p99 {Median(pairs.Select(p => p.Ours.P99 / p.Bare!.P99)):F2}x; " +
                    $"announcement by announcement: p50 ratio median {Median(ratios.Select(r => r.P50Median)):F2}x, p99 ratio median {Median(ratios.Select(r => r.P99Median)):F2}x; " +
                    $"memory per connection after the run and a forced GC {Median(pairs.Select(p => p.Ours.RssEndAfterGcPerConnectionKb / p.Bare!.RssEndAfterGcPerConnectionKb)):F2}x " +
                    $"(managed heap {Median(pairs.Select(p => p.Ours.HeapEndPerConnectionKb / p.Bare!.HeapEndPerConnectionKb)):F2}x); right after connecting, after GC " +
                    $"{Median(pairs.Select(p => p.Ours.RssAfterGcPerConnectionKb / p.Bare!.RssAfterGcPerConnectionKb)):F2}x (managed heap {Median(pairs.Select(p => p.Ours.HeapPerConnectionKb / p.Bare!.HeapPerConnectionKb)):F2}x)."));
                lines.Add(string.Join(" ", runs.Select(r => $"run {r.Run}: load {r.Ours.LoadAverage} / {r.Bare?.LoadAverage};")));
            }
            return string.Join(Environment.NewLine, lines);
        }
    }
}
