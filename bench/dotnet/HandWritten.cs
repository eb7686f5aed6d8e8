// The bench's GetTimeEntries response transform written by hand, as a good connector author writes
// it with Newtonsoft's JObject and LINQ: the same output as bench/time-entries/transforms/summary.ts
// (compared as JSON values: Newtonsoft writes 75.0 where JavaScript writes 75).
namespace HandWritten
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Linq;
    using System.Net.Http;
    using System.Threading.Tasks;
    using System.Xml;
    using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;
    using Newtonsoft.Json;
    using Newtonsoft.Json.Linq;

    public class Script : ScriptBase
    {
        public override async Task<HttpResponseMessage> ExecuteAsync()
        {
            var response = await Context.SendAsync(Context.Request, CancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return response;
            // Dates stay strings: Newtonsoft would otherwise parse and rewrite them.
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var entries = JArray.Load(new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None });

            var rows = entries
                .Where(e => (bool)e["billable"] && e["timeInterval"]["end"].Type != JTokenType.Null)
                .Select(ToRow)
                .OrderBy(r => (string)r["project"], StringComparer.Ordinal)
                .ThenByDescending(r => (double)r["seconds"])
                .ToList();

            var totals = new Dictionary<string, JObject>();
            var order = new JArray();
            foreach (var row in rows)
            {
                var project = (string)row["project"];
                JObject total;
                if (!totals.TryGetValue(project, out total))
                {
                    total = new JObject { ["project"] = project, ["entries"] = 0, ["hours"] = 0.0, ["amount"] = 0.0 };
                    totals.Add(project, total);
                    order.Add(total);
                }
                total["entries"] = (int)total["entries"] + 1;
                total["hours"] = (double)total["hours"] + (double)row["seconds"] / 3600;
                total["amount"] = (double)total["amount"] + (double)row["amount"];
            }

            var result = new JObject { ["count"] = rows.Count, ["rows"] = new JArray(rows), ["totals"] = order };
            response.Content = CreateJsonContent(result.ToString(Newtonsoft.Json.Formatting.None));
            return response;
        }

        static JObject ToRow(JToken entry)
        {
            var interval = entry["timeInterval"];
            var duration = (string)interval["duration"];
            var seconds = duration == null ? 0 : XmlConvert.ToTimeSpan(duration).TotalSeconds;
            var hours = seconds / 3600;
            var rate = entry["hourlyRate"].Type == JTokenType.Null ? 0 : (double)entry["hourlyRate"]["amount"] / 100;
            return new JObject
            {
                ["id"] = (string)entry["id"],
                ["description"] = ((string)entry["description"]).Trim(),
                ["project"] = (string)entry["projectId"] ?? "(none)",
                ["start"] = (string)interval["start"],
                ["seconds"] = seconds,
                ["hours"] = Math.Floor(hours * 100 + 0.5) / 100,
                ["amount"] = hours * rate,
                ["tags"] = ((JArray)entry["tagIds"]).Count,
            };
        }
    }
}
