using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;

namespace Csxc.Harness;

/// <summary>Runs cases through the compiled Script, one after another, each as one platform call.</summary>
public sealed class Runner
{
    /// <summary>The platform's limit on one run of the script.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The platform's culture is not documented, and the emitted code must not depend on one
    /// (design.md). Scripts run under Turkish, whose decimal comma and dotted and dotless i turn
    /// culture-sensitive formatting, parsing and casing into differences from node. Without ICU
    /// (invariant mode) they run under the invariant culture.
    /// </summary>
    public const string ScriptCulture = "tr-TR";

    public static void UseScriptCulture()
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(ScriptCulture);
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
        catch (CultureNotFoundException)
        {
        }
    }

    readonly Type scriptType;

    public Runner(Assembly assembly)
    {
        scriptType = assembly.GetType("Script", throwOnError: true);
    }

    public async Task<List<Outcome>> RunAll(IEnumerable<Case> cases)
    {
        UseScriptCulture();
        var outcomes = new List<Outcome>();
        foreach (var given in cases) outcomes.Add(await Run(given));
        return outcomes;
    }

    public async Task<Outcome> Run(Case given)
    {
        var replay = new Replay(given.Upstream);
        var logger = new CapturingLogger();
        Outcome Finish(OutcomeMessage response, string crash) =>
            new() { Sent = replay.Sent(), Response = response, Logs = logger.Logs(), Crash = crash };

        using var timeLimit = new CancellationTokenSource(TimeLimit);
        try
        {
            var request = Messages.Request(given.Request);
            var script = (ScriptBase)Activator.CreateInstance(scriptType);
            script.Context = new ReplayContext(given, request, replay, logger);
            script.CancellationToken = timeLimit.Token;
            // On the thread pool, so that a script that blocks cannot hold the harness past the limit.
            var clock = Stopwatch.StartNew();
            var execution = Task.Run(() => script.ExecuteAsync());
            // A little past the limit, so that a script that stops when its token is cancelled is
            // reported as having run out of time, like one that does not stop, and not as cancelled.
            await Task.WhenAny(execution, Task.Delay(TimeLimit + TimeSpan.FromMilliseconds(250)));
            if (!execution.IsCompleted || clock.Elapsed > TimeLimit)
                return Finish(PlatformError(), $"System.TimeoutException: ExecuteAsync did not finish within {TimeLimit.TotalSeconds:0} seconds (the platform's limit)");
            var response = await execution;
            if (response == null) return Finish(PlatformError(), "System.InvalidOperationException: ExecuteAsync returned null");
            return Finish(await Messages.Describe(response), null);
        }
        catch (Exception e)
        {
            return Finish(PlatformError(), Describe(e));
        }
    }

    /// <summary>What the platform shows for a script that fails: a bare 500.</summary>
    static OutcomeMessage PlatformError() => new() { Status = 500 };

    static string Describe(Exception e)
    {
        while (e is TargetInvocationException or AggregateException && e.InnerException != null) e = e.InnerException;
        return $"{e.GetType().FullName}: {e.Message}";
    }
}
