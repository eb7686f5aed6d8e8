// csxc-feature: IsoDuration
// csxc-needs: Number, Json, Errors
    /** The isoDuration helper of "csxc" (helpers.ts). */
    static class CsxIsoDuration
    {
        /**
         * "PT1H30M" → 5400. Days, fractions and PT0S are accepted; anything else throws. The form is
         * node's regex ^P(?:(n)D)?(?:T(?:(n)H)?(?:(n)M)?(?:(n)S)?)?$ with n = [0-9]+(\.[0-9]+)?, and
         * neither "P" alone nor a trailing "T", read by hand: this runs once per time entry.
         */
        public static double ToSeconds(string text)
        {
            if (text == null || text.Length < 3 || text[0] != 'P' || text[text.Length - 1] == 'T') throw new JsError(Js.MsgBadDuration);
            // Days, hours, minutes, seconds: D before the T, H M S after it, each at most once, in this order.
            var values = new double[4];
            var at = 1;
            var next = 0;
            var time = false;
            while (at < text.Length)
            {
                if (text[at] == 'T')
                {
                    if (time) throw new JsError(Js.MsgBadDuration);
                    time = true;
                    next = 1;
                    at++;
                    continue;
                }
                var value = ReadDurationNumber(text, ref at);
                var unit = at < text.Length ? "DHMS".IndexOf(text[at]) : -1;
                if (unit < next || (unit == 0) == time) throw new JsError(Js.MsgBadDuration);
                values[unit] = value;
                next = unit + 1;
                at++;
            }
            return values[0] * 86400 + values[1] * 3600 + values[2] * 60 + values[3];
        }

        /** [0-9]+(\.[0-9]+)? at `at`, as the nearest double. */
        static double ReadDurationNumber(string text, ref int at)
        {
            var start = at;
            long whole = 0;
            while (at < text.Length && text[at] >= '0' && text[at] <= '9') whole = whole * 10 + (text[at++] - '0');
            if (at == start) throw new JsError(Js.MsgBadDuration);
            if (at < text.Length && text[at] == '.')
            {
                var point = ++at;
                while (at < text.Length && text[at] >= '0' && text[at] <= '9') at++;
                if (at == point) throw new JsError(Js.MsgBadDuration);
                return Js.DecimalToDouble(text.Substring(start, at - start));
            }
            return at - start <= 15 ? whole : Js.DecimalToDouble(text.Substring(start, at - start));
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
