// The platform context the driver gives CsxCtx, against the harness's IScriptContext
// (src/verify/harness/ScriptBase): a backend that answers each request with `Answer` after recording
// it, and a logger that keeps formatted messages. Not the harness's ReplayContext, which replays a
// case file's recorded backend, not an answer computed per operation.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

public sealed class StubContext : IScriptContext, ILogger
{
    public readonly List<HttpRequestMessage> Sent = new List<HttpRequestMessage>();
    public readonly List<string> Logs = new List<string>();
    public Func<HttpRequestMessage, HttpResponseMessage> Answer = request => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[0]) };

    public string CorrelationId { get; set; }
    public string OperationId { get; set; }
    public HttpRequestMessage Request { get; set; }
    public ILogger Logger { get { return this; } }
    public Uri OriginalRequestUri { get; set; }
    public string NotificationBase = "https://notifications.invalid";

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Add(request);
        return Task.FromResult(Answer(request));
    }

    public Uri CreateNotificationUri(string pathAndQuery)
    {
        return new Uri(NotificationBase.TrimEnd('/') + (pathAndQuery.StartsWith("/", StringComparison.Ordinal) ? pathAndQuery : "/" + pathAndQuery));
    }

    public IDisposable BeginScope<TState>(TState state) { return null; }
    public bool IsEnabled(LogLevel logLevel) { return true; }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
    {
        Logs.Add(logLevel + ": " + formatter(state, exception));
    }
}
