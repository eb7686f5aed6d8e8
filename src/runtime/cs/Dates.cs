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

        // A case may pin the clock ("context": { "now": ... }): csxc's verify harness then sets
        // "csxc.now" for that case. Nothing sets it on the platform, so there this is the clock.
        public static double DateNow()
        {
            var pinned = AppContext.GetData("csxc.now");
            return pinned is double ms ? ms : (double)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }

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

        /**
         * Date.parse(text), and new Date(text): V8's date parser (node 20), so that every text gives
         * the same time value on both sides. First the ISO 8601 forms of the specification (a date
         * alone is UTC, a date and time without an offset local time, which is UTC here); whatever
         * does not fit them goes on through V8's legacy parser, which reads RFC 1123 dates
         * ("Tue, 01 Dec 2026 10:00:00 GMT"), Date's toString form, "2026-12-01 10:00:00",
         * "12/1/2026", "Dec 1, 2026 10:00 PM" and the like (a missing year is 2001, as in V8).
         * C# null is undefined, which is NaN.
         */
        public static double DateParse(string text)
        {
            var f = text == null ? null : new DateTextReader(text).Read();
            if (f == null) return double.NaN;
            var time = MakeDay(f[0], f[1], f[2]) * MsPerDay + MakeTime(f[3], f[4], f[5], f[6]);
            return TimeClip(double.IsNaN(f[7]) ? time : time - f[7] * 1000);
        }
    }

    /**
     * V8's DateParser (src/date/dateparser*): a tokenizer of numbers, words, symbols and white space,
     * the ES5 ISO reader, then the legacy reader with its day, time and time zone composers. Numbers
     * keep their first 9 significant digits, as V8's do; the text ends at its first NUL, as in V8.
     */
    sealed class DateTextReader
    {
        // Token tags. Words are 0 to 4 (by KeywordType: an unknown word, a month, a zone, "T", AM/PM).
        const int TagInvalid = -6, TagUnknown = -5, TagSpace = -4, TagNumber = -3, TagSymbol = -2, TagEnd = -1;
        const int MonthName = 1, ZoneName = 2, TimeSeparator = 3, AmPm = 4;
        const int None = int.MaxValue;

        /** Keywords by their first three letters: type and value. Only month names may be longer. */
        static readonly string[] Keywords = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "am", "pm", "ut", "utc", "z", "gmt", "cdt", "cst", "edt", "est", "mdt", "mst", "pdt", "pst", "t" };
        static readonly int[] KeywordTypes = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3 };
        static readonly int[] KeywordValues = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 12, 0, 0, 0, 0, -5, -6, -4, -5, -6, -7, -7, -8, 0 };

        struct Token
        {
            public int Tag, Value, Length;
            public bool IsNumber(int length) { return Tag == TagNumber && Length == length; }
            public bool IsSymbol(char c) { return Tag == TagSymbol && Value == c; }
            public bool IsSign { get { return Tag == TagSymbol && (Value == '+' || Value == '-'); } }
            public bool IsZ { get { return Tag == ZoneName && Length == 1 && Value == 0; } }
        }

        readonly string text;
        int at;
        Token next;
        readonly int[] day = new int[3];
        int days, namedMonth = None;
        bool isoDate;
        readonly int[] time = new int[4];
        int times, hourOffset = None;
        int zoneSign = None, zoneHour = None, zoneMinute = None;

        public DateTextReader(string text)
        {
            var nul = text.IndexOf('\0');
            this.text = nul < 0 ? text : text.Substring(0, nul);
            next = Scan();
        }

        Token Scan()
        {
            var start = at;
            if (at >= text.Length) return new Token { Tag = TagEnd };
            var c = text[at];
            if (c >= '0' && c <= '9')
            {
                int n = 0, count = 0;
                while (at < text.Length && text[at] == '0') at++;
                for (; at < text.Length && text[at] >= '0' && text[at] <= '9'; at++, count++)
                    if (count < 9) n = n * 10 + (text[at] - '0');
                return new Token { Tag = TagNumber, Value = n, Length = at - start };
            }
            if (c == ':' || c == '-' || c == '+' || c == '.' || c == ')')
            {
                at++;
                return new Token { Tag = TagSymbol, Value = c, Length = 1 };
            }
            if (c >= 'A' && !IsSpace(c))
            {
                var prefix = new StringBuilder();
                for (; at < text.Length && text[at] >= 'A' && !IsSpace(text[at]); at++)
                    if (prefix.Length < 3) prefix.Append((char)(text[at] | 0x20));
                var i = Array.IndexOf(Keywords, prefix.ToString());
                var length = at - start;
                if (i < 0 || (length > 3 && KeywordTypes[i] != MonthName)) return new Token { Tag = 0, Length = length };
                return new Token { Tag = KeywordTypes[i], Value = KeywordValues[i], Length = length };
            }
            if (IsSpace(c) || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                at++;
                return new Token { Tag = TagSpace, Length = 1 };
            }
            if (c == '(')
            {
                var balance = 0;
                do
                {
                    if (text[at] == ')') balance--;
                    else if (text[at] == '(') balance++;
                    at++;
                } while (balance > 0 && at < text.Length);
                return new Token { Tag = TagUnknown };
            }
            at++;
            return new Token { Tag = TagUnknown };
        }

        /** JS's WhiteSpace (not the line terminators): what V8's date parser does not read as a word. */
        static bool IsSpace(char c)
        {
            return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\u00a0' || c == '\ufeff' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
        }

        Token Next()
        {
            var result = next;
            next = Scan();
            return result;
        }

        bool Skip(char symbol)
        {
            if (!next.IsSymbol(symbol)) return false;
            next = Scan();
            return true;
        }

        static bool Between(int x, int lo, int hi) { return x >= lo && x <= hi; }

        /** The first three significant digits of a fraction of a second, from its value and digit count. */
        static int Milliseconds(Token token)
        {
            var n = token.Value;
            if (token.Length == 1) return n * 100;
            if (token.Length == 2) return n * 10;
            for (var length = Math.Min(token.Length, 9); length > 3; length--) n /= 10;
            return n;
        }

        bool AddDay(int n)
        {
            if (days >= 3) return false;
            day[days++] = n;
            return true;
        }

        bool AddTime(int n)
        {
            if (times >= 4) return false;
            time[times++] = n;
            return true;
        }

        bool AddFinalTime(int n)
        {
            if (!AddTime(n)) return false;
            while (times < 4) time[times++] = 0;
            return true;
        }

        bool TimeExpects(int n)
        {
            return (times == 1 && Between(n, 0, 59)) || (times == 2 && Between(n, 0, 59)) || (times == 3 && Between(n, 0, 999));
        }

        void SetZone(int hours)
        {
            zoneSign = hours < 0 ? -1 : 1;
            zoneHour = hours * zoneSign;
            zoneMinute = 0;
        }

        /** Year, month (0-11), day, hours, minutes, seconds, ms and the offset in seconds (NaN: local), or null. */
        public double[] Read()
        {
            var token = ReadIso();
            if (token.Tag == TagInvalid) return null;
            var hasNumber = days > 0;
            for (; token.Tag != TagEnd; token = Next())
            {
                if (token.Tag == TagNumber)
                {
                    hasNumber = true;
                    var n = token.Value;
                    if (Skip(':'))
                    {
                        if (Skip(':'))
                        {
                            if (times > 0) return null;
                            AddTime(n);
                            AddTime(0);
                        }
                        else
                        {
                            if (!AddTime(n)) return null;
                            if (next.IsSymbol('.')) Next();
                        }
                    }
                    else if (Skip('.') && TimeExpects(n))
                    {
                        AddTime(n);
                        if (next.Tag != TagNumber) return null;
                        AddFinalTime(Milliseconds(Next()));
                    }
                    else if (zoneHour != None && zoneMinute == None && Between(n, 0, 59)) zoneMinute = n;
                    else if (TimeExpects(n))
                    {
                        AddFinalTime(n);
                        if (next.Tag != TagEnd && next.Tag != TagSpace && !next.IsZ && !next.IsSign) return null;
                    }
                    else
                    {
                        if (!AddDay(n)) return null;
                        Skip('-');
                    }
                }
                else if (token.Tag >= 0)
                {
                    if (token.Tag == AmPm && times > 0) hourOffset = token.Value;
                    else if (token.Tag == MonthName)
                    {
                        namedMonth = token.Value;
                        Skip('-');
                    }
                    else if (token.Tag == ZoneName && hasNumber) SetZone(token.Value);
                    else if (hasNumber || next.Tag == TagNumber) return null;
                }
                else if (token.IsSign && ((zoneHour == 0 && zoneMinute == 0) || times > 0))
                {
                    zoneSign = token.Value == '+' ? 1 : -1;
                    int n = 0, length = 0;
                    if (next.Tag == TagNumber)
                    {
                        var number = Next();
                        n = number.Value;
                        length = number.Length;
                    }
                    hasNumber = true;
                    if (next.IsSymbol(':'))
                    {
                        zoneHour = n;
                        zoneMinute = None;
                    }
                    else if (length == 1 || length == 2)
                    {
                        zoneHour = n;
                        zoneMinute = 0;
                    }
                    else if (length == 3 || length == 4)
                    {
                        zoneHour = n / 100;
                        zoneMinute = n % 100;
                    }
                    else return null;
                }
                else if ((token.IsSign || token.IsSymbol(')')) && hasNumber) return null;
            }
            return Compose();
        }

        /** [('+'|'-')yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|(+|-)hh:mm]]: the token where it stops fitting. */
        Token ReadIso()
        {
            var invalid = new Token { Tag = TagInvalid };
            if (next.IsSign)
            {
                var sign = Next();
                if (!next.IsNumber(6)) return sign;
                var year = Next().Value;
                if (sign.Value == '-' && year == 0) return sign;
                AddDay(sign.Value == '-' ? -year : year);
            }
            else if (next.IsNumber(4)) AddDay(Next().Value);
            else return Next();
            if (Skip('-'))
            {
                if (!next.IsNumber(2) || !Between(next.Value, 1, 12)) return Next();
                AddDay(Next().Value);
                if (Skip('-'))
                {
                    if (!next.IsNumber(2) || !Between(next.Value, 1, 31)) return Next();
                    AddDay(Next().Value);
                }
            }
            if (next.Tag != TimeSeparator)
            {
                if (next.Tag != TagEnd) return Next();
            }
            else
            {
                Next();
                if (!next.IsNumber(2) || !Between(next.Value, 0, 24)) return invalid;
                var hour24 = next.Value == 24;
                AddTime(Next().Value);
                if (!Skip(':')) return invalid;
                if (!next.IsNumber(2) || !Between(next.Value, 0, 59) || (hour24 && next.Value > 0)) return invalid;
                AddTime(Next().Value);
                if (Skip(':'))
                {
                    if (!next.IsNumber(2) || !Between(next.Value, 0, 59) || (hour24 && next.Value > 0)) return invalid;
                    AddTime(Next().Value);
                    if (Skip('.'))
                    {
                        if (next.Tag != TagNumber || (hour24 && next.Value > 0)) return invalid;
                        AddTime(Milliseconds(Next()));
                    }
                }
                if (next.IsZ)
                {
                    Next();
                    SetZone(0);
                }
                else if (next.IsSign)
                {
                    zoneSign = Next().Value == '+' ? 1 : -1;
                    if (next.IsNumber(4))
                    {
                        var hourMinute = Next().Value;
                        if (!Between(hourMinute / 100, 0, 23) || !Between(hourMinute % 100, 0, 59)) return invalid;
                        zoneHour = hourMinute / 100;
                        zoneMinute = hourMinute % 100;
                    }
                    else
                    {
                        if (!next.IsNumber(2) || !Between(next.Value, 0, 23)) return invalid;
                        zoneHour = Next().Value;
                        if (!Skip(':')) return invalid;
                        if (!next.IsNumber(2) || !Between(next.Value, 0, 59)) return invalid;
                        zoneMinute = Next().Value;
                    }
                }
                if (next.Tag != TagEnd) return invalid;
            }
            // A date alone is UTC; a date and time without an offset is local time.
            if (zoneHour == None && times == 0) SetZone(0);
            isoDate = true;
            return new Token { Tag = TagEnd };
        }

        /** The day, time and zone composers' Write. */
        double[] Compose()
        {
            if (days < 1) return null;
            while (days < 3) day[days++] = 1;
            int year = 0, month, date;
            if (namedMonth == None)
            {
                var ymd = isoDate || !Between(day[0], 1, 31);
                year = ymd ? day[0] : day[2];
                month = ymd ? day[1] : day[0];
                date = ymd ? day[2] : day[1];
            }
            else
            {
                month = namedMonth;
                var dayFirst = Between(day[0], 1, 31);
                date = dayFirst ? day[0] : day[1];
                year = dayFirst ? day[1] : day[0];
            }
            if (!isoDate && Between(year, 0, 49)) year += 2000;
            else if (!isoDate && Between(year, 50, 99)) year += 1900;
            if (!Between(month, 1, 12) || !Between(date, 1, 31)) return null;

            while (times < 4) time[times++] = 0;
            int hour = time[0], minute = time[1], second = time[2], ms = time[3];
            if (hourOffset != None)
            {
                if (!Between(hour, 0, 12)) return null;
                hour = hour % 12 + hourOffset;
            }
            if (!Between(hour, 0, 23) || !Between(minute, 0, 59) || !Between(second, 0, 59) || !Between(ms, 0, 999))
                if (hour != 24 || minute != 0 || second != 0 || ms != 0) return null;

            var offset = double.NaN;
            if (zoneSign != None)
            {
                // As V8 computes it, in 32-bit unsigned arithmetic, and no more than a Smi holds.
                var seconds = unchecked((uint)(zoneHour == None ? 0 : zoneHour) * 3600u + (uint)(zoneMinute == None ? 0 : zoneMinute) * 60u);
                if (seconds > int.MaxValue) return null;
                offset = zoneSign < 0 ? -(double)seconds : seconds;
            }
            return new double[] { year, month - 1, date, hour, minute, second, ms, offset };
        }
    }
