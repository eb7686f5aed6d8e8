// csxc-feature: Strings
// csxc-needs: Values, Operators, Indexes
    // String.prototype with JS semantics on UTF-16 code units (as C# strings are): ordinal search,
    // JS's index clamping, JS's white space, split as JS does it.
    static partial class Js
    {
        public static string At(string s, double index)
        {
            var k = ToInteger(index);
            if (k < 0) k += s.Length;
            return k >= 0 && k < s.Length ? s[(int)k].ToString() : null;
        }

        public static string CharAt(string s, double index = 0)
        {
            var k = ToInteger(index);
            return k >= 0 && k < s.Length ? s[(int)k].ToString() : "";
        }

        public static double CharCodeAt(string s, double index = 0)
        {
            var k = ToInteger(index);
            return k >= 0 && k < s.Length ? s[(int)k] : double.NaN;
        }

        public static double? CodePointAt(string s, double index = 0)
        {
            var k = ToInteger(index);
            if (k < 0 || k >= s.Length) return null;
            var i = (int)k;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(s[i], s[i + 1]);
            return s[i];
        }

        public static double IndexOf(string s, string search, double? from = null)
        {
            var start = Clamped(from, s.Length, 0);
            return search.Length == 0 ? start : s.IndexOf(search, start, StringComparison.Ordinal);
        }

        public static double LastIndexOf(string s, string search, double? from = null)
        {
            var position = from.HasValue && !double.IsNaN(from.Value) ? from : null;
            var start = Math.Min(Clamped(position, s.Length, s.Length), s.Length - search.Length);
            for (var k = start; k >= 0; k--)
            {
                if (string.CompareOrdinal(s, k, search, 0, search.Length) == 0) return k;
            }
            return -1;
        }

        public static bool Includes(string s, string search, double? from = null)
        {
            return IndexOf(s, search, from) >= 0;
        }

        public static bool StartsWith(string s, string search, double? at = null)
        {
            var start = Clamped(at, s.Length, 0);
            return start + search.Length <= s.Length && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
        }

        public static bool EndsWith(string s, string search, double? end = null)
        {
            var start = Clamped(end, s.Length, s.Length) - search.Length;
            return start >= 0 && string.CompareOrdinal(s, start, search, 0, search.Length) == 0;
        }

        public static string Slice(string s, double? start = null, double? end = null)
        {
            var from = Relative(start, s.Length, 0);
            var to = Relative(end, s.Length, s.Length);
            return from < to ? s.Substring(from, to - from) : "";
        }

        public static string Substring(string s, double? start = null, double? end = null)
        {
            var a = Clamped(start, s.Length, 0);
            var b = Clamped(end, s.Length, s.Length);
            return s.Substring(Math.Min(a, b), Math.Abs(a - b));
        }

        /** substr(start, length), the legacy form. */
        public static string Substr(string s, double? start = null, double? length = null)
        {
            var from = Relative(start, s.Length, 0);
            var count = length.HasValue ? Math.Min(Math.Max(ToInteger(length.Value), 0), s.Length - from) : s.Length - from;
            return count > 0 ? s.Substring(from, (int)count) : "";
        }

        public static string Trim(string s) { return TrimJs(s); }

        public static string TrimStart(string s)
        {
            var start = 0;
            while (start < s.Length && IsJsSpace(s[start])) start++;
            return s.Substring(start);
        }

        public static string TrimEnd(string s)
        {
            var end = s.Length;
            while (end > 0 && IsJsSpace(s[end - 1])) end--;
            return s.Substring(0, end);
        }

        public static string PadStart(string s, double maxLength, string fill = " ") { return Pad(s, maxLength, fill, true); }
        public static string PadEnd(string s, double maxLength, string fill = " ") { return Pad(s, maxLength, fill, false); }

        static string Pad(string s, double maxLength, string fill, bool atStart)
        {
            var length = ToInteger(maxLength);
            // A fill given but undefined (read past the end) is left out: white space, as in JS.
            if (fill == null) fill = " ";
            if (length <= s.Length || fill.Length == 0) return s;
            if (length > 536870888) throw new JsError("Invalid string length");
            var padding = new StringBuilder();
            while (padding.Length < length - s.Length) padding.Append(fill);
            padding.Length = (int)length - s.Length;
            return atStart ? padding + s : s + padding;
        }

        public static string Repeat(string s, double count)
        {
            var n = ToInteger(count);
            if (n < 0 || double.IsInfinity(n)) throw new JsError("Invalid count value: " + NumberToString(count));
            if (s.Length * n > 536870888) throw new JsError("Invalid string length");
            var result = new StringBuilder();
            for (var i = 0; i < n; i++) result.Append(s);
            return result.ToString();
        }

        /** split with a string separator; null (undefined) gives [s]. */
        public static JArray Split(string s, string separator, double? limit = null)
        {
            var result = new JArray();
            var max = limit.HasValue ? ToUint32(limit.Value) : uint.MaxValue;
            if (max == 0) return result;
            if (separator == null) { result.Add(s); return result; }
            if (separator.Length == 0)
            {
                for (var i = 0; i < s.Length && result.Count < max; i++) result.Add(s[i].ToString());
                return result;
            }
            var start = 0;
            for (var at = s.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = s.IndexOf(separator, start, StringComparison.Ordinal))
            {
                result.Add(s.Substring(start, at - start));
                if (result.Count == max) return result;
                start = at + separator.Length;
            }
            result.Add(s.Substring(start));
            return result;
        }

        public static string FromCharCode(params double[] codes)
        {
            var chars = new char[codes.Length];
            for (var i = 0; i < codes.Length; i++) chars[i] = (char)(ToUint32(codes[i]) & 0xFFFF);
            return new string(chars);
        }

        public static string FromCodePoint(params double[] codes)
        {
            var result = new StringBuilder();
            foreach (var code in codes)
            {
                if (code != ToInteger(code) || code < 0 || code > 0x10FFFF) throw new JsError("Invalid code point " + NumberToString(code));
                if (code < 0x10000) result.Append((char)code);
                else result.Append(char.ConvertFromUtf32((int)code));
            }
            return result.ToString();
        }
    }
