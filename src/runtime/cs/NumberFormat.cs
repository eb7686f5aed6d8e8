// csxc-feature: NumberFormat
// csxc-needs: Number, Values, Indexes
    // toFixed, toPrecision, toExponential and toString(radix): the first three work on the exact
    // decimal value of the double, as the specification asks ((1.005).toFixed(2) is "1.00", as
    // 1.005 is really 1.00499999999999989…); toString(radix) writes V8's digits.
    static partial class Js
    {
        /**
         * The exact decimal digits of |x| (finite, not 0), without leading zeros, and how many of
         * them come before the decimal point (negative or beyond the digits for small and large x).
         */
        static string ExactDigits(double x, out int point)
        {
            long f;
            int e;
            bool lowerCloser;
            Decompose(Math.Abs(x), out f, out e, out lowerCloser);
            return ExactDecimal(f, e, out point).TrimEnd('0');
        }

        /** The digits of NumberToString(|x|) and the position of their decimal point, as ExactDigits gives them. */
        static string ShortestDigits(double x, out int point)
        {
            var text = NumberToString(Math.Abs(x));
            var e = text.IndexOf('e');
            var exponent = e < 0 ? 0 : int.Parse(text.Substring(e + 1), System.Globalization.CultureInfo.InvariantCulture);
            var mantissa = e < 0 ? text : text.Substring(0, e);
            var dot = mantissa.IndexOf('.');
            var digits = mantissa.Replace(".", "");
            point = (dot < 0 ? mantissa.Length : dot) + exponent;
            while (digits.Length > 1 && digits[0] == '0') { digits = digits.Substring(1); point--; }
            return digits.TrimEnd('0');
        }

        /** The first `count` digits of `digits` (padded with zeros), rounded half up on the rest; true when it carried to count + 1 digits. */
        static string RoundDigits(string digits, int count, out bool carried)
        {
            carried = false;
            if (count < 0) return "";
            var kept = (digits.Length >= count ? digits.Substring(0, count) : digits.PadRight(count, '0')).ToCharArray();
            if (count >= digits.Length || digits[count] < '5') return new string(kept);
            for (var i = kept.Length - 1; i >= 0; i--)
            {
                if (kept[i] != '9') { kept[i]++; return new string(kept); }
                kept[i] = '0';
            }
            carried = true;
            return "1" + new string(kept);
        }

        public static string ToFixed(double x, double? digits = null)
        {
            var f = ToInteger(digits ?? 0);
            if (f < 0 || f > 100) throw new JsError("toFixed() digits argument must be between 0 and 100");
            if (double.IsNaN(x)) return "NaN";
            if (Math.Abs(x) >= 1e21) return NumberToString(x);
            var sign = x < 0 ? "-" : "";
            var n = "0";
            if (x != 0)
            {
                int point;
                var exact = ExactDigits(x, out point);
                bool carried;
                n = RoundDigits(exact, point + (int)f, out carried);
                if (n.Length == 0) n = "0";
            }
            if (f == 0) return sign + n;
            if (n.Length <= f) n = new string('0', (int)f + 1 - n.Length) + n;
            return sign + n.Substring(0, n.Length - (int)f) + "." + n.Substring(n.Length - (int)f);
        }

        public static string ToPrecision(double x, double? precision = null)
        {
            if (!precision.HasValue) return NumberToString(x);
            var p = ToInteger(precision.Value);
            if (double.IsNaN(x) || double.IsInfinity(x)) return NumberToString(x);
            if (p < 1 || p > 100) throw new JsError("toPrecision() argument must be between 1 and 100");
            var sign = x < 0 ? "-" : "";
            string m;
            var e = 0;
            if (x == 0) m = new string('0', (int)p);
            else
            {
                int point;
                bool carried;
                m = RoundDigits(ExactDigits(x, out point), (int)p, out carried);
                e = point - 1 + (carried ? 1 : 0);
                if (carried) m = m.Substring(0, (int)p);
            }
            if (e < -6 || e >= p) return sign + m[0] + (p > 1 ? "." + m.Substring(1) : "") + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e);
            if (e == p - 1) return sign + m;
            if (e >= 0) return sign + m.Substring(0, e + 1) + "." + m.Substring(e + 1);
            return sign + "0." + new string('0', -(e + 1)) + m;
        }

        public static string ToExponential(double x, double? fraction = null)
        {
            var f = ToInteger(fraction ?? 0);
            if (double.IsNaN(x) || double.IsInfinity(x)) return NumberToString(x);
            if (f < 0 || f > 100) throw new JsError("toExponential() argument must be between 0 and 100");
            var sign = x < 0 ? "-" : "";
            string m;
            var e = 0;
            if (x == 0) m = new string('0', (int)f + 1);
            else
            {
                int point;
                // Without a count: as many digits as it takes to tell x apart, the ones JS prints.
                var exact = fraction.HasValue ? ExactDigits(x, out point) : ShortestDigits(x, out point);
                if (!fraction.HasValue) f = exact.Length - 1;
                bool carried;
                m = RoundDigits(exact, (int)f + 1, out carried);
                e = point - 1 + (carried ? 1 : 0);
                if (carried) m = m.Substring(0, (int)f + 1);
            }
            return sign + m[0] + (m.Length > 1 ? "." + m.Substring(1) : "") + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e);
        }

        /** n.toString(radix): V8's digits, as many as tell the double apart, rounded to even. */
        public static string ToRadixString(double x, double? radix = null)
        {
            var r = radix.HasValue ? ToInteger(radix.Value) : 10;
            if (r < 2 || r > 36) throw new JsError("toString() radix argument must be between 2 and 36");
            if (r == 10 || double.IsNaN(x) || double.IsInfinity(x)) return NumberToString(x);
            const string chars = "0123456789abcdefghijklmnopqrstuvwxyz";
            var negative = x < 0;
            var value = Math.Abs(x);
            var integer = Math.Floor(value);
            var fraction = value - integer;
            // Digits beyond the double's own precision are not written.
            var delta = Math.Max(0.5 * (NextUp(value) - value), NextUp(0));
            var fractionDigits = new StringBuilder();
            if (fraction >= delta)
            {
                do
                {
                    fraction *= r;
                    delta *= r;
                    var digit = (int)fraction;
                    fractionDigits.Append(chars[digit]);
                    fraction -= digit;
                    if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1))
                    {
                        if (fraction + delta > 1)
                        {
                            // Round up, carrying into the digits before (and the integer part).
                            while (true)
                            {
                                var last = fractionDigits.Length - 1;
                                if (last < 0) { integer += 1; break; }
                                var d = chars.IndexOf(fractionDigits[last]);
                                fractionDigits.Length = last;
                                if (d + 1 < r) { fractionDigits.Append(chars[d + 1]); break; }
                            }
                            break;
                        }
                    }
                } while (fraction >= delta);
            }
            var integerDigits = new StringBuilder();
            while (BinaryExponent(integer / r) > 0)
            {
                integer /= r;
                integerDigits.Insert(0, '0');
            }
            do
            {
                var remainder = integer % r;
                integerDigits.Insert(0, chars[(int)remainder]);
                integer = (integer - remainder) / r;
            } while (integer > 0);
            return (negative ? "-" : "") + integerDigits + (fractionDigits.Length > 0 ? "." + fractionDigits : "");
        }

        static double NextUp(double value) { return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) + 1); }

        /** e in value = significand * 2^e with a 53-bit significand. */
        static int BinaryExponent(double value)
        {
            var biased = (int)((BitConverter.DoubleToInt64Bits(value) >> 52) & 0x7FF);
            return biased == 0 ? -1074 : biased - 1075;
        }
    }
