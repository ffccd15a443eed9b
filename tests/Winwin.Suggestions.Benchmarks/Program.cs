using System.Diagnostics;
using BenchmarkDotNet.Running;
using Winwin.Live.Features.Suggestions.Engine;
using Winwin.Suggestions.Benchmarks;

if (args is ["money", ..])
{
    // The no-money rule's CPU time per call, which the neighbours' load does not inflate as it does wall time.
    var (ordinary, withMoney) = MoneyRuleBenchmarks.Texts;
    var megabyte = string.Concat(Enumerable.Repeat("cash cash register ", 1_048_576 / 19));
    foreach (var (name, action, times) in new (string, Action, int)[]
    {
        ($"Assess, {ordinary.Length} characters, accepted", () => Winwin.Data.MoneyRule.Assess(ordinary), 20_000),
        ($"Assess, {withMoney.Length} characters, refused", () => Winwin.Data.MoneyRule.Assess(withMoney), 20_000),
        ("Deal.Check, two parties of about 300 characters", () => Winwin.Data.Deal.Check([(1, ordinary), (2, withMoney)]), 10_000),
        ("Deal.Check, 1 MB gives, refused by its length", () => Winwin.Data.Deal.Check([(1, megabyte), (2, ordinary)]), 10_000),
        ("Listing.Check, 1 MB description, refused by its length", () => Winwin.Data.Listing.Check(new Winwin.Data.FieldRules(), "Une camionnette", megabyte), 10_000),
    })
    {
        action();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            action();
        }
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / times;
        Console.WriteLine($"{name}: {cpuPerCall:0.0} µs CPU, {wall.Elapsed.TotalMicroseconds / times:0.0} µs wall per call ({times} calls)");
    }
    return;
}

if (args is ["learn-order", ..])
{
    // The learned order of each request's first three offers, from the labelled sets next to the tests, and its word pairs.
    OrderLearning.Run(args is [_, var root, ..] ? root : Path.Combine("tests", "Winwin.Live.Tests", "Features", "Suggestions"),
        args is [_, _, var pairs, ..] ? pairs : Path.Combine("src", "Winwin.Live", "Features", "Suggestions", "Engine", "WordPairs.txt.gz"));
    return;
}

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
        // Reading every request's suggestions (the views and the API do), in the learned order and in the order of the scores,
        // three times each, in turns.
        var readers = new[] { ("learned order", new SuggestionOptions()), ("order of the scores", new SuggestionOptions { FirstThreeOrder = null }) }
            .Select(x => (Name: x.Item1, Index: new SuggestionIndex(x.Item2), Times: new List<double>())).ToList();
        foreach (var reader in readers)
        {
            reader.Index.Load(organizations, listings);
            reader.Index.All();
        }
        for (var run = 0; run < 3; run++)
        {
            foreach (var reader in readers)
            {
                var watch = Stopwatch.StartNew();
                reader.Index.All();
                reader.Times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        foreach (var (name, _, readTimes) in readers)
        {
            Console.WriteLine($"{size,6} listings: every request's suggestions read, {name}: {string.Join(" / ", readTimes.Select(t => t.ToString("0")))} ms");
        }
        // The dearest edit: the oldest offer of a category sits in most of its requests' lists.
        var edited = new SuggestionIndex();
        edited.Load(organizations, listings);
        var times = listings.Where(l => l.Kind == ListingSide.Offer).GroupBy(l => l.CategoryId).Select(g => g.MinBy(l => l.Id)!)
            .Select(oldest =>
            {
                var watch = Stopwatch.StartNew();
                edited.Upsert(oldest with { Title = oldest.Title + " renouvelé" });
                return watch.Elapsed.TotalMilliseconds;
            })
            .Order().ToList();
        Console.WriteLine($"{size,6} listings: editing the oldest offer of each category {times[0]:0.0}–{times[^1]:0.0} ms (median {times[times.Count / 2]:0.0} ms)");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SuggestionBenchmarks).Assembly).Run(args);
