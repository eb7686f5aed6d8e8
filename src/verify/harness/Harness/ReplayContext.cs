using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

namespace Csxc.Harness;

/// <summary>The platform's context for one case, as the job gives it: node fills in the defaults (src/verify/dotnet.ts jobCase).</summary>
public sealed class ReplayContext : IScriptContext
{
    readonly Replay replay;
    readonly string notificationBase;

    public ReplayContext(Case given, HttpRequestMessage request, Replay replay, CapturingLogger logger)
    {
        this.replay = replay;
        OperationId = given.OperationId;
        var context = given.Context ?? throw new InvalidDataException($"case '{given.Name}': the job gives no context");
        CorrelationId = context.CorrelationId ?? throw new InvalidDataException($"case '{given.Name}': the job gives no context.correlationId");
        OriginalRequestUri = new Uri(context.OriginalUrl ?? throw new InvalidDataException($"case '{given.Name}': the job gives no context.originalUrl"));
        notificationBase = context.NotificationBase ?? throw new InvalidDataException($"case '{given.Name}': the job gives no context.notificationBase");
        Request = request;
        Logger = logger;
    }

    public string CorrelationId { get; }
    public string OperationId { get; }
    public HttpRequestMessage Request { get; }
    public ILogger Logger { get; }
    public Uri OriginalRequestUri { get; }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        replay.SendAsync(request, cancellationToken);

    public Uri CreateNotificationUri(string pathAndQuery) =>
        new(notificationBase.TrimEnd('/') + (pathAndQuery.StartsWith("/", StringComparison.Ordinal) ? pathAndQuery : "/" + pathAndQuery));
}

/// <summary>Context.Logger: keeps (level, formatted message) in the three levels the outcome knows.</summary>
public sealed class CapturingLogger : ILogger
{
    readonly List<OutcomeLog> logs = new();

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
    {
        var level = logLevel switch
        {
            LogLevel.Trace or LogLevel.Debug or LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error or LogLevel.Critical => "error",
            _ => null,
        };
        if (level == null) return;
        var message = formatter != null ? formatter(state, exception) : state?.ToString();
        lock (logs) logs.Add(new OutcomeLog(level, message ?? ""));
    }

    public List<OutcomeLog> Logs()
    {
        lock (logs) return new List<OutcomeLog>(logs);
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();
        public void Dispose() { }
    }
}
