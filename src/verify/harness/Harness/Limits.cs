using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Csxc.Harness;

/// <summary>
/// Caps what one outcome holds, by the rule of src/verify/limits.ts (capOutcome), character for
/// character: a runaway script (async recursion 10^5 deep, a log in a loop) cannot flood the result,
/// and both sides cut alike, so that the comparison stays fair.
/// </summary>
public static class Limits
{
    public static string Cut(string text, int limit)
    {
        if (text == null || text.Length <= limit) return text;
        var keep = limit > 0 && char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text.Substring(0, keep) + "… [csxc: " + (text.Length - keep).ToString(CultureInfo.InvariantCulture) + " more characters cut]";
    }

    public static void Apply(Outcome outcome, OutcomeLimits limits)
    {
        if (limits == null) return;
        if (outcome.Sent.Count > limits.Sent)
            outcome.Sent = outcome.Sent.Take(limits.Sent).ToList();
        foreach (var message in outcome.Sent) Apply(message, limits);
        if (outcome.Response != null) Apply(outcome.Response, limits);
        if (outcome.Logs.Count > limits.Logs)
        {
            var cut = outcome.Logs.Count - limits.Logs;
            outcome.Logs = outcome.Logs.Take(limits.Logs).ToList();
            outcome.Logs.Add(new OutcomeLog("warn", "[csxc: " + cut.ToString(CultureInfo.InvariantCulture) + " more log entries cut]"));
        }
        outcome.Logs = outcome.Logs.Select(log => new OutcomeLog(log.Level, Cut(log.Message, limits.Text))).ToList();
        outcome.Crash = Cut(outcome.Crash, limits.Text);
    }

    static void Apply(OutcomeMessage message, OutcomeLimits limits)
    {
        message.Url = Cut(message.Url, limits.Text);
        message.Body = Cut(message.Body, limits.Text);
        message.BodyBase64 = Cut(message.BodyBase64, limits.Text);
        // Header values are cut by node, after it has put them in the case form (src/verify/dotnet.ts).
    }
}
