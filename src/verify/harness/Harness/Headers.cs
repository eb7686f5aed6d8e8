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
    /// A message's headers as .NET writes them on the wire: one [name, value] per header, the values
    /// of a name joined by its own parser's separator (user-agent's product tokens by spaces, most by
    /// ", "). Enumerating first parses them, so the values do not depend on whether the script
    /// happened to read a header. Putting them in the case form (lower case, sorted, content-length
    /// left out, repeated names joined) is node's rule: src/verify/dotnet.ts applies normalizeHeaders.
    /// </summary>
    public static List<string[]> Wire(HttpHeaders headers, HttpContent content)
    {
        var wire = new List<string[]>();
        void Collect(HttpHeaders from)
        {
            foreach (var _ in from) { }
            foreach (var header in from.NonValidated) wire.Add(new[] { header.Key, header.Value.ToString() });
        }
        Collect(headers);
        if (content != null) Collect(content.Headers);
        return wire;
    }
}
