using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csxc.Harness;

// The job and result shapes, mirroring src/verify/case.ts; that file is the source of truth.

public sealed class Job
{
    public string Script { get; set; }
    public List<Case> Cases { get; set; } = new();
    /** Instead of Script and Cases: scripts to compile (the platform pass only), each on its own. */
    public List<string> Scripts { get; set; }

    /** The answer to a call past the end of a case's upstream list (node's, src/verify/node-side.ts). */
    public CaseMessage Exhausted { get; set; }

    /** The limit on one case, in milliseconds: the platform's 5 s unless the job says otherwise. */
    public int? TimeoutMs { get; set; }

    /** Caps on what one outcome holds (src/verify/limits.ts decides them); none when absent. */
    public OutcomeLimits Limits { get; set; }

    /** Where to write the compiled assembly, so that a restarted harness need not compile again. */
    public string AssemblyCache { get; set; }

    /** An assembly written by an earlier run (AssemblyCache), loaded instead of compiling Script. */
    public string Assembly { get; set; }

    /**
     * Results as JSON lines, each flushed when known: the compile result, then one outcome per case.
     * A case that kills the process (a stack overflow) loses only itself: the runner restarts the
     * harness for the cases after it. After a case that ran out of time and is still running, the
     * harness exits with 3 when that thread still burns a core; the runner restarts it too.
     */
    public bool Stream { get; set; }

    /** Check the script with all the passes and stop: no assembly, no cases (build's guard). */
    public bool CompileOnly { get; set; }
}

/// <summary>The same caps as src/verify/limits.ts, applied by the same rule (Limits.cs), so both sides cut alike.</summary>
public sealed class OutcomeLimits
{
    public int Text { get; set; }
    public int Logs { get; set; }
    public int Sent { get; set; }
}

/// <summary>One line of a streamed result.</summary>
public sealed class StreamLine
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CompileResult Compile { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Outcome Outcome { get; set; }
}

public sealed class Case
{
    public string Name { get; set; }
    public string OperationId { get; set; }
    public CaseMessage Request { get; set; }
    public List<CaseMessage> Upstream { get; set; } = new();
    public CaseContext Context { get; set; }
}

/// <summary>A request (method, url) or an upstream answer (status) as a case file writes it.</summary>
public sealed class CaseMessage
{
    public string Method { get; set; }
    public string Url { get; set; }
    public int Status { get; set; }
    public Dictionary<string, string> Headers { get; set; } = new();
    public JsonElement Body { get; set; }
    public string BodyBase64 { get; set; }
}

public sealed class CaseContext
{
    public string OriginalUrl { get; set; }
    public string CorrelationId { get; set; }
    public string NotificationBase { get; set; }

    /** A pinned clock (milliseconds since 1970), which Date.now() and new Date() read on both sides. */
    public double? NowMs { get; set; }
}

public sealed class HarnessResult
{
    public CompileResult Compile { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<Outcome> Outcomes { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CompileResult> Compiles { get; set; }
}

public sealed class CompileResult
{
    public bool Ok { get; set; }
    public List<CompileDiagnostic> Diagnostics { get; set; } = new();
}

public sealed class CompileDiagnostic
{
    public string File { get; set; }
    public int Line { get; set; }
    public int Column { get; set; }
    public string Code { get; set; }
    public string Message { get; set; }
    public string Pass { get; set; }
}

public sealed class Outcome
{
    public List<OutcomeMessage> Sent { get; set; } = new();
    public OutcomeMessage Response { get; set; }
    public List<OutcomeLog> Logs { get; set; } = new();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string Crash { get; set; }

    /** "timeout" when the case ran past the limit. */
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string Fault { get; set; }

    /** How long the case ran, in milliseconds. */
    public long Millis { get; set; }
}

/// <summary>A sent request has method and url; the final response has status. Absent keys are left out, as on the node side.</summary>
public sealed class OutcomeMessage
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string Method { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string Url { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Status { get; set; }

    /** As on the wire, [name, value] each: node puts them in the case form (Headers.Wire). */
    public List<string[]> Headers { get; set; } = new();
    public string Body { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string BodyBase64 { get; set; }
}

public sealed record OutcomeLog(string Level, string Message);

public static class JobJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        // Outcome text is compared with node's strings, so nothing is escaped beyond what JSON needs.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new LoneSurrogateConverter() },
    };
}
