using System.Diagnostics.CodeAnalysis;

// Loaded into the servers under test with DOTNET_STARTUP_HOOKS, so that the benchmark can force a full garbage
// collection in them (memory per connection after GC) and read how much their JIT has compiled (to measure the steady
// state, not the first calls of a path), without a debug endpoint in the product. It reads commands on the process's
// standard input and answers on standard output with a marker line.
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks for a StartupHook type without a namespace.")]
[SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Called by the runtime.")]
internal static class StartupHook
{
    public const string Marker = "WINWIN-BENCH";

    public static void Initialize()
    {
        var thread = new Thread(() =>
        {
            string? line;
            while ((line = Console.In.ReadLine()) is not null)
            {
                if (line == "gc")
                {
                    System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    Console.Out.WriteLine($"{Marker} gc heap={GC.GetTotalMemory(false)}");
                    Console.Out.Flush();
                }
                else if (line == "jit")
                {
                    var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
                    var time = System.Runtime.JitInfo.GetCompilationTime();
                    Console.Out.WriteLine($"{Marker} jit methods={methods} ms={time.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                    Console.Out.Flush();
                }
            }
        })
        { IsBackground = true, Name = "benchmark-hook" };
        thread.Start();
    }
}
