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
    public static readonly TimeSpan PlatformLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The name under which the harness pins the clock for one case: the runtime's Js.DateNow
    /// (src/runtime/cs/Dates.cs) reads it with AppContext.GetData, which on the platform is never set.
    /// </summary>
    public const string ClockKey = "csxc.now";

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
    readonly TimeSpan TimeLimit;
    readonly OutcomeLimits limits;

    readonly CaseMessage exhausted;

    public Runner(Assembly assembly, int? timeoutMs = null, OutcomeLimits limits = null, CaseMessage exhausted = null)
    {
        this.exhausted = exhausted;
        scriptType = assembly.GetType("Script", throwOnError: true);
        TimeLimit = timeoutMs is int ms ? TimeSpan.FromMilliseconds(ms) : PlatformLimit;
        this.limits = limits;
    }

    public async Task<List<Outcome>> RunAll(IEnumerable<Case> cases)
    {
        UseScriptCulture();
        var outcomes = new List<Outcome>();
        foreach (var given in cases) outcomes.Add((await Run(given)).Outcome);
        return outcomes;
    }

    /// <summary>One case; <c>Abandoned</c> when it ran out of time and is still running on its thread.</summary>
    public async Task<(Outcome Outcome, bool Abandoned)> Run(Case given)
    {
        AppContext.SetData(ClockKey, given.Context?.NowMs);
        var clock = Stopwatch.StartNew();
        var (outcome, abandoned) = await RunScript(given);
        outcome.Millis = clock.ElapsedMilliseconds;
        Limits.Apply(outcome, limits);
        return (outcome, abandoned);
    }

    async Task<(Outcome, bool)> RunScript(Case given)
    {
        var replay = new Replay(given.Upstream, exhausted);
        var logger = new CapturingLogger();
        (Outcome, bool) Finish(OutcomeMessage response, string crash, bool abandoned = false, string fault = null) =>
            (new() { Sent = replay.Sent(), Response = response, Logs = logger.Logs(), Crash = crash, Fault = fault }, abandoned);

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
                return Finish(PlatformError(), $"System.TimeoutException: ExecuteAsync did not finish within {TimeLimit.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms (the platform allows 5 s)", !execution.IsCompleted && await Spinning(), "timeout");
            var response = await execution;
            if (response == null) return Finish(PlatformError(), "System.InvalidOperationException: ExecuteAsync returned null");
            return Finish(await Messages.Describe(response), null);
        }
        catch (Exception e)
        {
            return Finish(PlatformError(), Describe(e));
        }
    }

    /// <summary>
    /// Whether a script left running still burns a core (a loop, not a wait): then the harness is
    /// restarted for the next case, so that the cases after it do not run beside it and time out.
    /// </summary>
    static async Task<bool> Spinning()
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(300);
        process.Refresh();
        // An idle harness uses next to nothing; a loop gets its share of a core even on a loaded machine.
        return process.TotalProcessorTime - before >= TimeSpan.FromMilliseconds(10);
    }

    /// <summary>What the platform shows for a script that fails: a bare 500.</summary>
    static OutcomeMessage PlatformError() => new() { Status = 500 };

    static string Describe(Exception e)
    {
        while (e is TargetInvocationException or AggregateException && e.InnerException != null) e = e.InnerException;
        return $"{e.GetType().FullName}: {e.Message}";
    }
}
