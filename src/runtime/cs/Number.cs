// csxc-feature: Number
// csxc-needs:
    // Numbers between text and double as JavaScript converts them, with exact integer arithmetic
    // where .NET's own formatting and parsing could differ (between .NET Framework and .NET Core,
    // or with the culture): String(x) writes the shortest digits that read back as x, and a decimal
    // literal reads as the nearest double.
    static partial class Js
    {
        /** String(x): ECMAScript Number::toString. */
        public static string NumberToString(double x)
        {
            if (double.IsNaN(x)) return "NaN";
            if (x == 0) return "0";
            if (x < 0) return "-" + NumberToString(-x);
            if (double.IsInfinity(x)) return "Infinity";
            if (x < 9007199254740992.0 && x == Math.Floor(x)) return ((long)x).ToString(System.Globalization.CultureInfo.InvariantCulture);
            int n;
            var digits = FifteenDigits(x, out n) ?? ShortestRoundTrip(x, out n);
            var k = digits.Length;
            if (k <= n && n <= 21) return digits + new string('0', n - k);
            if (0 < n && n <= 21) return digits.Substring(0, n) + "." + digits.Substring(n);
            if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
            var exponent = (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return digits.Substring(0, 1) + (k > 1 ? "." + digits.Substring(1) : "") + "e" + (n > 0 ? "+" : "") + exponent;
        }

        /**
         * The fast path of ShortestRoundTrip: x rounded to 15 significant digits by .NET, when those
         * read back as x, checked exactly; null otherwise. Doubles lie closer together than 15-digit
         * decimals, so at most one string of 15 digits or fewer reads back as x: when this one does,
         * it is the shortest, whatever .NET's own rounding did. Most numbers a transform computes
         * (0.5, 637.5, 1.25e-7) take this path; the rest (0.1 + 0.2) need 16 or 17 digits.
         */
        static string FifteenDigits(double x, out int point)
        {
            point = 0;
            // d.ddddddddddddddE+ddd
            var text = x.ToString("E14", System.Globalization.CultureInfo.InvariantCulture);
            var mark = text.IndexOf('E');
            if (mark != 16) return null;
            long m = 0;
            for (var i = 0; i < 16; i++) if (i != 1) m = m * 10 + (text[i] - '0');
            var exponent = 0;
            for (var i = 18; i < text.Length; i++) exponent = exponent * 10 + (text[i] - '0');
            if (text[17] == '-') exponent = -exponent;
            var count = 15;
            while (m % 10 == 0) { m /= 10; count--; }
            // m and 10^|scale| are exact doubles, so one operation rounds m × 10^scale correctly.
            var scale = exponent - count + 1;
            if (scale < -22 || scale > 22) return null;
            if ((scale < 0 ? m / PowersOf10[-scale] : m * PowersOf10[scale]) != x) return null;
            point = exponent + 1;
            return m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /** 10^0 … 10^22, the powers of ten that doubles hold exactly. */
        static readonly double[] PowersOf10 =
        {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
            1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        /**
         * The fewest digits s (and the point n: x ≈ 0.s × 10^n) of a number that reads back as x > 0
         * (that lies between the midpoints to x's neighbours, inclusive when x's significand is even),
         * the closest to x when several are as short.
         */
        static string ShortestRoundTrip(double x, out int point)
        {
            long f;
            int e;
            bool lowerCloser;
            Decompose(x, out f, out e, out lowerCloser);
            // x, and the midpoints to its neighbours, are integers times 2^(e - 2).
            int xPoint, lowPoint, highPoint;
            var exact = ExactDecimal(4 * f, e - 2, out xPoint);
            var low = ExactDecimal(4 * f - (lowerCloser ? 1 : 2), e - 2, out lowPoint);
            var high = ExactDecimal(4 * f + 2, e - 2, out highPoint);
            // Aligned on one decimal point (all three have as many decimals), with a zero ahead of
            // the longest for the carry of a rounding up: `top` digits before the point.
            var top = highPoint + 1;
            var width = high.Length + 1;
            exact = AlignDigits(exact, xPoint, top, width);
            low = AlignDigits(low, lowPoint, top, width);
            high = AlignDigits(high, highPoint, top, width);
            var even = (f & 1) == 0;
            Func<string, bool> readsBack = c =>
            {
                int below = string.CompareOrdinal(low, c), above = string.CompareOrdinal(c, high);
                return even ? below <= 0 && above <= 0 : below < 0 && above < 0;
            };
            var first = top - xPoint;
            for (var end = first + 1; ; end++)
            {
                var down = exact.Substring(0, end).PadRight(width, '0');
                var up = IncrementDigits(exact.Substring(0, end)).PadRight(width, '0');
                bool downOk = readsBack(down), upOk = readsBack(up);
                if (!downOk && !upOk) continue;
                var pick = downOk ? down : up;
                if (downOk && upOk)
                {
                    // The closer one; on a tie, the one ending in an even digit.
                    var rest = exact.Substring(end).TrimEnd('0');
                    var half = rest.Length == 0 ? -1 : rest[0] != '5' ? rest[0] - '5' : rest.Length > 1 ? 1 : 0;
                    if (half > 0 || (half == 0 && (exact[end - 1] - '0') % 2 == 1)) pick = up;
                }
                var lead = 0;
                while (pick[lead] == '0') lead++;
                point = top - lead;
                return pick.Substring(lead).TrimEnd('0');
            }
        }

        /** x = f × 2^e (x finite, not negative); lowerCloser when the next double down is nearer than the next up. */
        static void Decompose(double x, out long f, out int e, out bool lowerCloser)
        {
            var bits = BitConverter.DoubleToInt64Bits(x);
            var biased = (int)(bits >> 52);
            f = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0) biased = 1; else f |= 1L << 52;
            e = biased - 1075;
            lowerCloser = f == 1L << 52 && biased > 1;
        }

        /** The decimal digits of m × 2^e (m > 0), and how many of them come before the decimal point. */
        static string ExactDecimal(long m, int e, out int point)
        {
            var limbs = new List<uint>();
            for (var v = m; v > 0; v /= 1000000000) limbs.Add((uint)(v % 1000000000));
            for (var k = e; k > 0; k -= 28) MultiplyDecimal(limbs, 1u << Math.Min(k, 28));
            // m × 2^-k = m × 5^k / 10^k
            for (var k = -e; k > 0; k -= 13) MultiplyDecimal(limbs, Pow5((uint)Math.Min(k, 13)));
            var text = new StringBuilder(limbs[limbs.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var i = limbs.Count - 2; i >= 0; i--) text.Append(limbs[i].ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
            point = text.Length - Math.Max(-e, 0);
            return text.ToString();
        }

        static uint Pow5(uint k)
        {
            uint p = 1;
            while (k-- > 0) p *= 5;
            return p;
        }

        /** limbs (base 10^9, least significant first) *= factor. */
        static void MultiplyDecimal(List<uint> limbs, uint factor)
        {
            ulong carry = 0;
            for (var i = 0; i < limbs.Count; i++)
            {
                var product = (ulong)limbs[i] * factor + carry;
                limbs[i] = (uint)(product % 1000000000);
                carry = product / 1000000000;
            }
            for (; carry > 0; carry /= 1000000000) limbs.Add((uint)(carry % 1000000000));
        }

        /** Digits with `point` before the decimal point, placed in `width` columns of which `top` come before it. */
        static string AlignDigits(string digits, int point, int top, int width)
        {
            return (new string('0', top - point) + digits).PadRight(width, '0');
        }

        /** The digit string plus one in its last place (a leading digit absorbs the carry). */
        static string IncrementDigits(string digits)
        {
            var chars = digits.ToCharArray();
            var i = chars.Length - 1;
            for (; chars[i] == '9'; i--) chars[i] = '0';
            chars[i]++;
            return new string(chars);
        }

        /**
         * A decimal literal (an optional "-", digits, an optional fraction and exponent; the caller
         * has checked its form) as the nearest double, ties to even, as Number() reads it.
         */
        public static double DecimalToDouble(string text)
        {
            var negative = text[0] == '-';
            string digits;
            int point;
            ReadDecimal(negative ? text.Substring(1) : text, out digits, out point);
            double value;
            if (digits.Length == 0) value = 0;
            else if (digits.Length <= 15 && point - digits.Length >= -22 && point - digits.Length <= 22)
            {
                // Both operands are exact doubles, so one division or product rounds correctly.
                var scale = point - digits.Length;
                value = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
                value = scale < 0 ? value / PowersOf10[-scale] : value * PowersOf10[scale];
            }
            else value = NearestDouble(digits, point, ParseGuess(digits, point));
            return negative ? -value : value;
        }

        /** .NET's reading of 0.digits × 10^point; .NET Framework's may miss the nearest double by a little. */
        static double ParseGuess(string digits, int point)
        {
            var text = "0." + digits + "e" + Math.Max(Math.Min(point, 9999), -9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            try { return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture); }
            catch (OverflowException) { return double.PositiveInfinity; }
        }

        /** Steps from guess to the double nearest 0.digits × 10^point (ties to even), by exact comparison. */
        public static double NearestDouble(string digits, int point, double guess)
        {
            var x = double.IsInfinity(guess) || double.IsNaN(guess) ? double.MaxValue : guess;
            while (true)
            {
                long f;
                int e;
                bool lowerCloser;
                Decompose(x, out f, out e, out lowerCloser);
                var even = (f & 1) == 0;
                int highPoint;
                var high = ExactDecimal(4 * f + 2, e - 2, out highPoint);
                var above = CompareDecimal(digits, point, high, highPoint);
                if (above > 0 || (above == 0 && !even))
                {
                    if (x == double.MaxValue) return double.PositiveInfinity;
                    x = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) + 1);
                    continue;
                }
                if (x == 0) return 0;
                int lowPoint;
                var low = ExactDecimal(4 * f - (lowerCloser ? 1 : 2), e - 2, out lowPoint);
                var below = CompareDecimal(digits, point, low, lowPoint);
                if (below > 0 || (below == 0 && even)) return x;
                x = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) - 1);
            }
        }

        /** The significant digits of an unsigned decimal literal, and where its decimal point falls among them. */
        public static void ReadDecimal(string text, out string digits, out int point)
        {
            var mark = text.IndexOfAny(new[] { 'e', 'E' });
            var mantissa = mark < 0 ? text : text.Substring(0, mark);
            var exponent = 0L;
            if (mark >= 0)
            {
                var sign = text[mark + 1] == '-' ? -1 : 1;
                for (var i = mark + 1; i < text.Length; i++)
                    if (text[i] >= '0' && text[i] <= '9') exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1000000);
                exponent *= sign;
            }
            var dot = mantissa.IndexOf('.');
            var all = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
            var trimmed = all.TrimStart('0');
            digits = trimmed.TrimEnd('0');
            point = (int)((dot < 0 ? mantissa.Length : dot) - (all.Length - trimmed.Length) + exponent);
        }

        /** The sign of 0.a × 10^aPoint − 0.b × 10^bPoint, for digit strings without leading zeros. */
        static int CompareDecimal(string a, int aPoint, string b, int bPoint)
        {
            if (a.Length == 0 || b.Length == 0) return a.Length - b.Length;
            if (aPoint != bPoint) return aPoint < bPoint ? -1 : 1;
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                var x = i < a.Length ? a[i] : '0';
                var y = i < b.Length ? b[i] : '0';
                if (x != y) return x < y ? -1 : 1;
            }
            return 0;
        }
    }
