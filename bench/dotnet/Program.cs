// Runs the emitted and the hand-written GetTimeEntries transform on the same upstream bodies, in one
// Release process, interleaved: per size, a run of each writes its output (for the driver to compare
// with node's), then `iterations` timed runs of each alternate, after a full GC each, measuring the
// wall time and the bytes allocated. Prints one JSON line per size.
//
//   TimeEntriesBench OUTDIR ITERATIONS FILE...   (FILE: a JSON array of time entries)
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

sealed class BenchContext : IScriptContext
{
    readonly byte[] body;

    public BenchContext(byte[] body)
    {
        this.body = body;
        Request = new HttpRequestMessage(HttpMethod.Get, "https://api.clockify.me/api/v1/workspaces/w1/user/u1/time-entries?page-size=5000");
        Request.Headers.TryAddWithoutValidation("X-Api-Key", "bench");
    }

    public string CorrelationId => "00000000-0000-0000-0000-000000000000";
    public string OperationId => "GetTimeEntries";
    public HttpRequestMessage Request { get; }
    public ILogger Logger => NullLogger.Instance;
    public Uri OriginalRequestUri => Request.RequestUri;
    public Uri CreateNotificationUri(string pathAndQuery) => new Uri("https://notifications.invalid" + pathAndQuery);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}

static class Program
{
    static readonly System.Reflection.PropertyInfo ContextProperty = typeof(ScriptBase).GetProperty("Context");

    static string Run(ScriptBase script, byte[] body)
    {
        ContextProperty.SetValue(script, new BenchContext(body));
        var response = script.ExecuteAsync().GetAwaiter().GetResult();
        if ((int)response.StatusCode != 200) throw new Exception(script.GetType().FullName + " answered " + (int)response.StatusCode + ": " + response.Content.ReadAsStringAsync().Result);
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    /** Wall time, the process's CPU time (steadier than the wall on a shared machine: the GC runs on this thread) and bytes allocated. */
    static (double ms, double cpu, long bytes) Measure(Func<ScriptBase> make, byte[] body)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = GC.GetTotalAllocatedBytes(true);
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Run(make(), body);
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, GC.GetTotalAllocatedBytes(true) - before);
    }

    static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static int Main(string[] args)
    {
        var outDir = args[0];
        var iterations = int.Parse(args[1]);
        var sides = new (string name, Func<ScriptBase> make)[] { ("emitted", () => new Emitted.Script()), ("hand", () => new HandWritten.Script()) };
        foreach (var file in args.Skip(2))
        {
            var body = File.ReadAllBytes(file);
            var name = Path.GetFileNameWithoutExtension(file);
            foreach (var side in sides) File.WriteAllText(Path.Combine(outDir, name + "." + side.name + ".json"), Run(side.make(), body));
            var times = sides.ToDictionary(s => s.name, s => new List<double>());
            var cpus = sides.ToDictionary(s => s.name, s => new List<double>());
            var bytes = sides.ToDictionary(s => s.name, s => new List<double>());
            for (var i = 0; i < iterations; i++)
            {
                foreach (var side in (i % 2 == 0 ? sides : sides.Reverse()))
                {
                    var (ms, cpu, allocated) = Measure(side.make, body);
                    times[side.name].Add(ms);
                    cpus[side.name].Add(cpu);
                    bytes[side.name].Add(allocated);
                }
            }
            var parts = sides.Select(s => $"\"{s.name}\":{{\"ms\":{Median(times[s.name]).ToString("R", System.Globalization.CultureInfo.InvariantCulture)},\"cpu\":{Median(cpus[s.name]).ToString("R", System.Globalization.CultureInfo.InvariantCulture)},\"bytes\":{Median(bytes[s.name]).ToString("R", System.Globalization.CultureInfo.InvariantCulture)},\"all\":[{string.Join(",", times[s.name].Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}]}}");
            Console.WriteLine("{\"input\":\"" + name + "\"," + string.Join(",", parts) + "}");
        }
        return 0;
    }
}
