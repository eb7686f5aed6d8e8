using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Csxc.Harness;

public static class Headers
{
    /// <summary>
    /// Puts a case's headers on a message. Content headers (Content-Type, …) go on a content holding
    /// the body; the message's own collection refuses them, which is how they are told apart.
    /// </summary>
    public static HttpContent Apply(HttpHeaders target, Dictionary<string, string> given, byte[] body, bool contentAlways)
    {
        var forContent = new List<KeyValuePair<string, string>>();
        foreach (var header in given ?? new Dictionary<string, string>())
        {
            // Computed from the body, as on the wire; a stated one could only disagree with it.
            if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            if (!target.TryAddWithoutValidation(header.Key, header.Value)) forContent.Add(header);
        }
        if (body == null && forContent.Count == 0 && !contentAlways) return null;
        var content = new ByteArrayContent(body ?? Array.Empty<byte>());
        foreach (var header in forContent)
        {
            if (!content.Headers.TryAddWithoutValidation(header.Key, header.Value))
                throw new InvalidDataException($"the header '{header.Key}' cannot be set");
        }
        return content;
    }

    /// <summary>
    /// The case form of a message's headers (src/verify/case.ts normalizeHeaders). Values are the
    /// ones .NET puts on the wire: enumerating parses them, so the result does not depend on whether
    /// the script happened to read a header first.
    /// </summary>
    public static SortedDictionary<string, string> Normalize(HttpHeaders headers, HttpContent content)
    {
        var grouped = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Collect(HttpHeaders from)
        {
            foreach (var header in from)
            {
                var key = header.Key.ToLowerInvariant();
                if (key == "content-length") continue;
                if (!grouped.TryGetValue(key, out var values)) grouped[key] = values = new List<string>();
                values.AddRange(header.Value);
            }
        }
        Collect(headers);
        if (content != null) Collect(content.Headers);
        var normalized = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in grouped) normalized[entry.Key] = string.Join(Separator(entry.Key), entry.Value);
        return normalized;
    }

    // .NET splits these into product tokens and writes them back separated by spaces, not commas.
    static string Separator(string name) => name is "user-agent" or "server" ? " " : ", ";
}
