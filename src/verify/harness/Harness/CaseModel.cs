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

    public SortedDictionary<string, string> Headers { get; set; } = new(System.StringComparer.Ordinal);
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
    };
}
