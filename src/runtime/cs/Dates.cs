// csxc-feature: Dates
// csxc-needs: Values, Indexes
    // A JS Date is its time value: milliseconds since 1970-01-01T00:00:00Z, or NaN when invalid.
    // Transforms run in UTC on both sides, so local time is UTC. The calendar arithmetic is the
    // specification's (MakeDay, MakeTime, TimeClip), not DateTime's, so years beyond 9999, month
    // overflow and NaN behave as in JS.
    public sealed class JsDate
    {
        public double Time;
        public JsDate(double time) { Time = Js.TimeClip(time); }
    }

    static partial class Js
    {
        const double MsPerDay = 86400000;

        public static double DateNow() { return (double)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); }

        public static double TimeClip(double time)
        {
            if (double.IsNaN(time) || Math.Abs(time) > 8.64e15) return double.NaN;
            return ToInteger(time) + 0.0;
        }

        /** Days from 1970-01-01 to the first of a month (any integer year and month). */
        static double DaysFromCivil(double year, double month)
        {
            var y = year + Math.Floor(month / 12);
            var m = ((month % 12) + 12) % 12 + 1;
            if (m <= 2) y -= 1;
            var era = Math.Floor(y / 400);
            var yoe = y - era * 400;
            var mp = (m + 9) % 12;
            var doy = Math.Floor((153 * mp + 2) / 5);
            var doe = yoe * 365 + Math.Floor(yoe / 4) - Math.Floor(yoe / 100) + doy;
            return era * 146097 + doe - 719468;
        }

        static double MakeDay(double year, double month, double date)
        {
            if (double.IsNaN(year + month + date) || double.IsInfinity(year + month + date)) return double.NaN;
            year = ToInteger(year); month = ToInteger(month); date = ToInteger(date);
            if (Math.Abs(year) > 400000) return double.NaN;
            return DaysFromCivil(year, month) + date - 1;
        }

        static double MakeTime(double hour, double minute, double second, double ms)
        {
            if (double.IsNaN(hour + minute + second + ms) || double.IsInfinity(hour + minute + second + ms)) return double.NaN;
            return ToInteger(hour) * 3600000 + ToInteger(minute) * 60000 + ToInteger(second) * 1000 + ToInteger(ms);
        }

        /** Date.UTC(year, month, day, hours, minutes, seconds, ms); years 0 to 99 mean 1900 to 1999. */
        public static double DateUtc(double year, double? month = null, double? day = null, double? hours = null, double? minutes = null, double? seconds = null, double? ms = null)
        {
            if (!double.IsNaN(year) && ToInteger(year) >= 0 && ToInteger(year) <= 99) year = 1900 + ToInteger(year);
            var days = MakeDay(year, month ?? 0, day ?? 1);
            return TimeClip(days * MsPerDay + MakeTime(hours ?? 0, minutes ?? 0, seconds ?? 0, ms ?? 0));
        }

        /** The calendar fields of a time value: year, month (0-11), day, weekday, hours, minutes, seconds, ms. */
        static double[] DateFields(double time)
        {
            if (double.IsNaN(time)) return null;
            var days = Math.Floor(time / MsPerDay);
            var ms = time - days * MsPerDay;
            // civil_from_days
            var z = days + 719468;
            var era = Math.Floor(z / 146097);
            var doe = z - era * 146097;
            var yoe = Math.Floor((doe - Math.Floor(doe / 1460) + Math.Floor(doe / 36524) - Math.Floor(doe / 146096)) / 365);
            var doy = doe - (365 * yoe + Math.Floor(yoe / 4) - Math.Floor(yoe / 100));
            var mp = Math.Floor((5 * doy + 2) / 153);
            var day = doy - Math.Floor((153 * mp + 2) / 5) + 1;
            var month = mp < 10 ? mp + 2 : mp - 10;
            var year = yoe + era * 400 + (month <= 1 ? 1 : 0);
            var weekday = ((days + 4) % 7 + 7) % 7;
            return new[] { year, month, day, weekday, Math.Floor(ms / 3600000), Math.Floor(ms / 60000) % 60, Math.Floor(ms / 1000) % 60, ms % 1000 };
        }

        /** getUTCFullYear (0), getUTCMonth (1), getUTCDate (2), getUTCDay (3), hours (4), minutes (5), seconds (6), ms (7). */
        public static double DateField(JsDate date, int field)
        {
            var fields = DateFields(date.Time);
            return fields == null ? double.NaN : fields[field];
        }

        /** setUTC…: replaces fields from `first` on with the given values (undefined keeps a field). */
        public static double SetDateFields(JsDate date, int first, params double?[] values)
        {
            var fields = DateFields(date.Time);
            if (fields == null) return double.NaN;
            for (var i = 0; i < values.Length; i++) if (values[i].HasValue || i == 0) fields[DateFieldOrder[first + i]] = values[i] ?? double.NaN;
            var days = MakeDay(fields[0], fields[1], fields[2]);
            date.Time = TimeClip(days * MsPerDay + MakeTime(fields[4], fields[5], fields[6], fields[7]));
            return date.Time;
        }

        static readonly int[] DateFieldOrder = { 0, 1, 2, 4, 5, 6, 7 };

        public static double SetTime(JsDate date, double time)
        {
            date.Time = TimeClip(time);
            return date.Time;
        }

        public static string ToIsoString(JsDate date)
        {
            var f = DateFields(date.Time);
            if (f == null) throw new JsError("Invalid time value");
            var year = f[0] >= 0 && f[0] <= 9999 ? DatePad(f[0], 4) : (f[0] < 0 ? "-" : "+") + DatePad(Math.Abs(f[0]), 6);
            return year + "-" + DatePad(f[1] + 1, 2) + "-" + DatePad(f[2], 2) + "T" + DatePad(f[4], 2) + ":" + DatePad(f[5], 2) + ":" + DatePad(f[6], 2) + "." + DatePad(f[7], 3) + "Z";
        }

        static readonly string[] DateWeekdays = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        static readonly string[] DateMonths = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        public static string ToUtcString(JsDate date)
        {
            var f = DateFields(date.Time);
            if (f == null) return "Invalid Date";
            return DateWeekdays[(int)f[3]] + ", " + DatePad(f[2], 2) + " " + DateMonths[(int)f[1]] + " " + (f[0] < 0 ? "-" : "") + DatePad(Math.Abs(f[0]), 4)
                + " " + DatePad(f[4], 2) + ":" + DatePad(f[5], 2) + ":" + DatePad(f[6], 2) + " GMT";
        }

        /** What JSON.stringify writes for a date: its ISO text, or null when it is invalid. */
        public static JToken DateToJson(JsDate date)
        {
            return double.IsNaN(date.Time) ? JValue.CreateNull() : new JValue(ToIsoString(date));
        }

        static string DatePad(double value, int width)
        {
            return ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
        }

        // --- Date.parse -------------------------------------------------------------------------

        static readonly Regex DateIso = new Regex(
            "^([+-][0-9]{6}|[0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?" +
            "(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.]([0-9]+))?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?$", RegexOptions.CultureInvariant);

        const string DateWeekday = "(?:(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat),? )?";
        const string DateMonth = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
        const string DateClock = "(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?";

        static readonly Regex DateHttp = new Regex("^" + DateWeekday + "([0-9]{1,2}) " + DateMonth + " ([0-9]{4})" + DateClock + "(?: (?:GMT|UTC|Z))?$", RegexOptions.CultureInvariant);
        static readonly Regex DateText = new Regex("^" + DateWeekday + DateMonth + " ([0-9]{1,2}) ([0-9]{4})" + DateClock + "(?: GMT([+-][0-9]{4})(?: [(][^)]*[)])?)?$", RegexOptions.CultureInvariant);
        static readonly Regex DateSlash = new Regex("^(?:([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})|([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}))" + DateClock + "$", RegexOptions.CultureInvariant);

        /**
         * Date.parse: the ISO 8601 forms of the specification (a date alone, or a date and time
         * without an offset, is UTC here), also with a space for the T; RFC 1123 ("Tue, 01 Jan 2020
         * 00:00:00 GMT"); Date's own toString form; "2020/01/02 10:00" and "1/2/2020". V8 reads
         * more free forms ("January 1, 2020"); those give NaN here.
         */
        public static double DateParse(string text)
        {
            var s = text.Trim();
            var m = DateIso.Match(s);
            if (m.Success) return DateIsoTime(m);
            m = DateHttp.Match(s);
            if (m.Success) return DateFromParts(DateNumber(m.Groups[3]), Array.IndexOf(DateMonths, m.Groups[2].Value), DateNumber(m.Groups[1]), DateNumber(m.Groups[4]), DateNumber(m.Groups[5]), DateNumber(m.Groups[6]), 0, 0);
            m = DateText.Match(s);
            if (m.Success)
            {
                var zone = m.Groups[7].Success ? m.Groups[7].Value : "+0000";
                var offset = (zone[0] == '-' ? -1 : 1) * (DateNumber(zone.Substring(1, 2)) * 60 + DateNumber(zone.Substring(3, 2)));
                return DateFromParts(DateNumber(m.Groups[3]), Array.IndexOf(DateMonths, m.Groups[1].Value), DateNumber(m.Groups[2]), DateNumber(m.Groups[4]), DateNumber(m.Groups[5]), DateNumber(m.Groups[6]), 0, offset);
            }
            m = DateSlash.Match(s);
            if (m.Success)
            {
                var ymd = m.Groups[1].Success;
                return DateFromParts(DateNumber(m.Groups[ymd ? 1 : 6]), DateNumber(m.Groups[ymd ? 2 : 4]) - 1, DateNumber(m.Groups[ymd ? 3 : 5]), DateNumber(m.Groups[7]), DateNumber(m.Groups[8]), DateNumber(m.Groups[9]), 0, 0);
            }
            return double.NaN;
        }

        static double DateNumber(string digits) { return double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture); }

        static double DateNumber(Group group, double absent = 0) { return group.Success ? DateNumber(group.Value) : absent; }

        static double DateIsoTime(Match m)
        {
            var yearText = m.Groups[1].Value;
            if (yearText == "-000000") return double.NaN;
            var fraction = m.Groups[7].Success ? DateNumber((m.Groups[7].Value + "00").Substring(0, 3)) : 0;
            var offset = 0.0;
            var zone = m.Groups[8].Value;
            if (zone.Length > 1)
            {
                var digits = zone.Replace(":", "");
                offset = (digits[0] == '-' ? -1 : 1) * (DateNumber(digits.Substring(1, 2)) * 60 + DateNumber(digits.Substring(3, 2)));
                if (Math.Abs(offset) >= 24 * 60) return double.NaN;
            }
            return DateFromParts(double.Parse(yearText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture),
                DateNumber(m.Groups[2], 1) - 1, DateNumber(m.Groups[3], 1), DateNumber(m.Groups[4]), DateNumber(m.Groups[5]), DateNumber(m.Groups[6]),
                fraction, offset);
        }

        /** A time value from checked fields (month 0-11, day 1-31, 24:00 only as the end of a day). */
        static double DateFromParts(double year, double month, double day, double hour, double minute, double second, double ms, double offsetMinutes)
        {
            if (month < 0 || month > 11 || day < 1 || day > 31 || minute > 59 || second > 59) return double.NaN;
            if (hour > 24 || (hour == 24 && (minute > 0 || second > 0 || ms > 0))) return double.NaN;
            return TimeClip(MakeDay(year, month, day) * MsPerDay + MakeTime(hour, minute, second, ms) - offsetMinutes * 60000);
        }
    }
