// Stand-ins for the platform's ScriptBase and IScriptContext (reference/custom-code.md §1), enough
// for the runtime snippets to compile and for the driver to give CsxCtx a context.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public interface IScriptContext
{
    string CorrelationId { get; }
    string OperationId { get; }
    HttpRequestMessage Request { get; }
    ILogger Logger { get; }
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
    Uri OriginalRequestUri { get; }
    Uri CreateNotificationUri(string pathAndQuery);
}

public abstract class ScriptBase
{
    public IScriptContext Context { get; set; }
    public CancellationToken CancellationToken { get; set; }
    public abstract Task<HttpResponseMessage> ExecuteAsync();
}

/** A context whose backend answers each request with `answer`, after recording it; the logger keeps formatted messages. */
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
