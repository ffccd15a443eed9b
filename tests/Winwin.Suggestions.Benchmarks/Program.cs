using System.Diagnostics;
using BenchmarkDotNet.Running;
using Winwin.Live.Features.Suggestions.Engine;
using Winwin.Suggestions.Benchmarks;

if (args is ["quick", ..])
{
    // A quick look without BenchmarkDotNet: one cold and three warm runs per size.
    foreach (var size in new[] { 500, 5_000, 20_000 })
    {
        var (organizations, listings) = GeneratedEvent.Create(size);
        var analysisCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var analysis = Stopwatch.StartNew();
        foreach (var listing in listings)
        {
            TextAnalysis.Default.Analyze(listing.Title, listing.Description);
        }
        Console.WriteLine($"{size,6} listings: text analysis alone {analysis.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - analysisCpu).TotalMilliseconds:0} ms CPU");
        for (var run = 0; run < 4; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var index = new SuggestionIndex();
            index.Load(organizations, listings);
            var loaded = watch.Elapsed;
            var pairs = index.WinWins().Pairs.Count;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{size,6} listings: load {loaded.TotalMilliseconds:0} ms, with win-wins {watch.Elapsed.TotalMilliseconds:0} ms wall, {cpuUsed.TotalMilliseconds:0} ms CPU ({pairs} pairs)");
        }
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SuggestionBenchmarks).Assembly).Run(args);
