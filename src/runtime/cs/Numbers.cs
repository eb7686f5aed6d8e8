// csxc-feature: Numbers
// csxc-needs: Values, Operators
    // The number functions of JS: parseInt and parseFloat (ASCII digits only, culture-free) and the
    // Number.is… tests.
    static partial class Js
    {
        public static double ParseInt(string text, double? radix = null)
        {
            var s = SkipSpace(text);
            var sign = 1;
            if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
            {
                if (s[0] == '-') sign = -1;
                s = s.Substring(1);
            }
            var r = radix.HasValue ? ToInt32(radix.Value) : 0;
            var stripPrefix = true;
            if (r != 0)
            {
                if (r < 2 || r > 36) return double.NaN;
                if (r != 16) stripPrefix = false;
            }
            else r = 10;
            if (stripPrefix && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            {
                s = s.Substring(2);
                r = 16;
            }
            var end = 0;
            while (end < s.Length && DigitValue(s[end]) < r) end++;
            if (end == 0) return double.NaN;
            double value;
            if (r == 10) value = ParseDecimal(s.Substring(0, end));
            else
            {
                value = 0;
                for (var i = 0; i < end; i++) value = value * r + DigitValue(s[i]);
            }
            return sign * value;
        }

        static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'z') return c - 'a' + 10;
            if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
            return 99;
        }

        /** A decimal literal (digits, point, exponent) as the nearest double; culture-free, overflow gives Infinity. */
        static double ParseDecimal(string literal)
        {
            var negative = literal[0] == '-';
            var e = literal.IndexOfAny(new[] { 'e', 'E' });
            var exponent = 0;
            for (var i = e + 1; e >= 0 && i < literal.Length; i++) if (literal[i] >= '0' && literal[i] <= '9') exponent = Math.Min(exponent * 10 + literal[i] - '0', 100000);
            if (e >= 0 && literal[e + 1] == '-') exponent = -exponent;
            var mantissa = (e < 0 ? literal : literal.Substring(0, e)).TrimStart('+', '-');
            var point = mantissa.IndexOf('.');
            var digits = mantissa.Replace(".", "").TrimStart('0');
            exponent += (point < 0 ? mantissa.Length : point) - mantissa.Replace(".", "").Length;
            var significant = digits.TrimEnd('0');
            exponent += digits.Length - significant.Length;
            // Up to 15 digits and a power of ten up to 22 are exact doubles, so one multiplication or
            // division rounds correctly on every .NET (older ones misround some longer inputs).
            if (significant.Length <= 15 && Math.Abs(exponent) <= 22)
            {
                double value = significant.Length == 0 ? 0 : long.Parse(significant, System.Globalization.CultureInfo.InvariantCulture);
                value = exponent >= 0 ? value * PowersOfTen[exponent] : value / PowersOfTen[-exponent];
                return negative ? -value : value;
            }
            try
            {
                var value = double.Parse(literal, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                return value == 0 && negative ? -0.0 : value;
            }
            catch (OverflowException)
            {
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        static readonly double[] PowersOfTen = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

        /** parseFloat: the longest prefix that is a decimal literal or Infinity. */
        public static double ParseFloat(string text)
        {
            var s = SkipSpace(text);
            var i = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
            if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            var digits = 0;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            }
            if (digits == 0) return double.NaN;
            var end = i;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                var exponent = i;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
                if (i > exponent) end = i;
            }
            return ParseDecimal(s.Substring(0, end));
        }

        static string SkipSpace(string s)
        {
            var start = 0;
            while (start < s.Length && IsJsSpace(s[start])) start++;
            return s.Substring(start);
        }

        public static bool IsInteger(double x) { return !double.IsInfinity(x) && !double.IsNaN(x) && Math.Truncate(x) == x; }
        public static bool IsSafeInteger(double x) { return IsInteger(x) && Math.Abs(x) <= 9007199254740991; }
        public static bool IsFiniteNumber(double x) { return !double.IsInfinity(x) && !double.IsNaN(x); }
        public static bool IsInteger(JToken x) { return IsNumber(x) && IsInteger((double)x); }
        public static bool IsSafeInteger(JToken x) { return IsNumber(x) && IsSafeInteger((double)x); }
        public static bool IsFiniteNumber(JToken x) { return IsNumber(x) && IsFiniteNumber((double)x); }
        public static bool IsNaNNumber(JToken x) { return IsNumber(x) && double.IsNaN((double)x); }

        /** The numbers of a JArray (spread arguments of Math.max and the like), each by ToNumber. */
        public static double[] Doubles(JArray items) { return items.Select(item => ToNumber(item)).ToArray(); }
    }
