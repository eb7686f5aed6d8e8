// Replays one recorded case of the Clockify connector (its request, and Clockify's answers in order)
// through the emitted script, `runs` times in one Release process, a full GC before each: per run
// the wall time, the process's CPU time and the bytes allocated; one JSON line per run.
//
//   ClockifyRows CASE.json RUNS
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

/** Clockify as the case recorded it: each call gets the next recorded answer (body and Last-Page). */
sealed class ReplayContext : IScriptContext
{
    readonly List<(byte[] body, string lastPage)> answers;
    int next;

    public ReplayContext(string operationId, string url, string originalUrl, List<(byte[], string)> answers)
    {
        this.answers = answers;
        OperationId = operationId;
        Request = new HttpRequestMessage(HttpMethod.Get, url);
        Request.Headers.TryAddWithoutValidation("X-Api-Key", "bench");
        OriginalRequestUri = new Uri(originalUrl ?? url);
    }

    public string CorrelationId => "00000000-0000-0000-0000-000000000000";
    public string OperationId { get; }
    public HttpRequestMessage Request { get; }
    public ILogger Logger => NullLogger.Instance;
    public Uri OriginalRequestUri { get; }
    public Uri CreateNotificationUri(string pathAndQuery) => new Uri("https://notifications.invalid" + pathAndQuery);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (body, lastPage) = answers[next++];
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
        if (lastPage != null) response.Headers.TryAddWithoutValidation("Last-Page", lastPage);
        return Task.FromResult(response);
    }
}

static class Program
{
    static readonly System.Reflection.PropertyInfo ContextProperty = typeof(ScriptBase).GetProperty("Context");

    static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();

    static int Main(string[] args)
    {
        var root = JsonDocument.Parse(File.ReadAllBytes(args[0])).RootElement;
        var runs = int.Parse(args[1]);
        var operationId = root.GetProperty("operationId").GetString();
        var url = root.GetProperty("request").GetProperty("url").GetString();
        string originalUrl = null;
        if (root.TryGetProperty("context", out var context) && context.TryGetProperty("originalUrl", out var original)) originalUrl = original.GetString();
        var answers = root.GetProperty("upstream").EnumerateArray().Select(u =>
        {
            if (u.GetProperty("status").GetInt32() != 200) throw new InvalidDataException("the bench replays lists answered 200");
            var body = u.TryGetProperty("bodyBase64", out var b64) && b64.ValueKind == JsonValueKind.String
                ? Convert.FromBase64String(b64.GetString())
                : System.Text.Encoding.UTF8.GetBytes(Text(u.GetProperty("body")));
            var lastPage = u.GetProperty("headers").TryGetProperty("Last-Page", out var l) ? l.GetString() : null;
            return (body, lastPage);
        }).ToList();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var watch = Stopwatch.StartNew();
            var script = new Emitted.Script();
            ContextProperty.SetValue(script, new ReplayContext(operationId, url, originalUrl, answers));
            var response = script.ExecuteAsync().GetAwaiter().GetResult();
            var bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
            watch.Stop();
            process.Refresh();
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            Console.WriteLine("{\"run\":" + i + ",\"status\":" + (int)response.StatusCode + ",\"wallMs\":" + watch.Elapsed.TotalMilliseconds.ToString("F0", inv)
                + ",\"cpuMs\":" + (process.TotalProcessorTime - cpuBefore).TotalMilliseconds.ToString("F0", inv)
                + ",\"allocatedMB\":" + ((GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1e6).ToString("F0", inv) + ",\"outputBytes\":" + bytes + "}");
        }
        return 0;
    }
}
