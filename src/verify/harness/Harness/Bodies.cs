using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Csxc.Harness;

// Body bytes in and out of the case format (src/verify/case.ts: caseBodyBytes, outcomeBody).
public static class Bodies
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A string body is its raw text; another JSON value is its compact JSON. csxc's own runner sends
    /// every body as bodyBase64 made by node, because JSON.stringify and this writer differ on number
    /// forms (1.0, 1e21) and escapes; this path serves hand-written jobs.
    /// </summary>
    public static byte[] FromCase(JsonElement body, string bodyBase64)
    {
        if (bodyBase64 != null) return Convert.FromBase64String(bodyBase64);
        switch (body.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return Encoding.UTF8.GetBytes(body.GetString());
            default:
                var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    body.WriteTo(writer);
                return buffer.ToArray();
        }
    }

    /// <summary>Fills an outcome's body: UTF-8 text when the bytes are text, else base64; nothing is null.</summary>
    public static void Describe(byte[] bytes, OutcomeMessage into)
    {
        into.Body = null;
        into.BodyBase64 = null;
        if (bytes == null || bytes.Length == 0) return;
        try
        {
            into.Body = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            into.BodyBase64 = Convert.ToBase64String(bytes);
        }
    }
}
