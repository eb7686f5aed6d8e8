// csxc-feature: IsoDuration
// csxc-needs: Number, Json, Errors
    /** The isoDuration helper of "csxc" (helpers.ts). */
    static class CsxIsoDuration
    {
        // [0-9], not \d, which in .NET matches other scripts' digits too; \z, not $, which in .NET
        // also matches before a final "\n".
        static readonly Regex Duration = new Regex(@"^P(?:([0-9]+(?:\.[0-9]+)?)D)?(?:T(?:([0-9]+(?:\.[0-9]+)?)H)?(?:([0-9]+(?:\.[0-9]+)?)M)?(?:([0-9]+(?:\.[0-9]+)?)S)?)?\z");

        /** "PT1H30M" → 5400. Days, fractions and PT0S are accepted; anything else throws. */
        public static double ToSeconds(string text)
        {
            var match = Duration.Match(text);
            var groups = new[] { 1, 2, 3, 4 }.Select(i => match.Groups[i]).ToList();
            if (!match.Success || text == "P" || text.EndsWith("T", StringComparison.Ordinal) || groups.All(g => !g.Success))
                throw new JsError(Js.MsgBadDuration);
            var v = groups.Select(g => g.Success ? Js.DecimalToDouble(g.Value) : 0).ToList();
            return v[0] * 86400 + v[1] * 3600 + v[2] * 60 + v[3];
        }

        /** 90000 → "PT25H": hours are not rolled into days, as Clockify writes them. */
        public static string FromSeconds(double seconds)
        {
            if (double.IsNaN(seconds) || double.IsInfinity(seconds)) throw new JsError(Js.MsgBadDurationSeconds);
            var negative = seconds < 0;
            // Math.round: halves go up.
            var rest = Math.Floor(Math.Abs(seconds));
            if (Math.Abs(seconds) - rest >= 0.5) rest += 1;
            var hours = Math.Floor(rest / 3600);
            rest -= hours * 3600;
            var minutes = Math.Floor(rest / 60);
            var secs = rest - minutes * 60;
            var text = "PT";
            if (hours > 0) text += Js.NumberToString(hours) + "H";
            if (minutes > 0) text += Js.NumberToString(minutes) + "M";
            if (secs > 0 || text == "PT") text += Js.NumberToString(secs) + "S";
            return negative && text != "PT0S" ? "-" + text : text;
        }
    }
