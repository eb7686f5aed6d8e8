// csxc-feature: MathJs
// csxc-needs: Operators
    // Math where .NET's answer differs from JS's: round (halves go up), the sign of zero from ceil,
    // trunc and round, min and max (NaN, -0 and no arguments), sign, hypot (V8's scaled sum), clz32,
    // imul, fround. The transcendental functions are V8's fdlibm, in the Fdlibm… features.
    static partial class Js
    {
        const double NegativeZero = -0.0;

        static bool IsNegativeZero(double x) { return x == 0 && BitConverter.DoubleToInt64Bits(x) < 0; }

        public static double Round(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return x;
            var r = Math.Floor(x);
            if (x - r >= 0.5) r += 1;
            return r == 0 && (x < 0 || IsNegativeZero(x)) ? NegativeZero : r;
        }

        public static double Ceil(double x)
        {
            var r = Math.Ceiling(x);
            return r == 0 && (x < 0 || IsNegativeZero(x)) ? NegativeZero : r;
        }

        public static double Trunc(double x)
        {
            var r = Math.Truncate(x);
            return r == 0 && (x < 0 || IsNegativeZero(x)) ? NegativeZero : r;
        }

        public static double Sign(double x)
        {
            if (double.IsNaN(x) || x == 0) return x;
            return x > 0 ? 1 : -1;
        }

        public static double Max(params double[] values)
        {
            var result = double.NegativeInfinity;
            foreach (var v in values)
            {
                if (double.IsNaN(v)) return double.NaN;
                if (v > result || (v == 0 && result == 0 && !IsNegativeZero(v))) result = v;
            }
            return result;
        }

        public static double Min(params double[] values)
        {
            var result = double.PositiveInfinity;
            foreach (var v in values)
            {
                if (double.IsNaN(v)) return double.NaN;
                if (v < result || (v == 0 && result == 0 && IsNegativeZero(v))) result = v;
            }
            return result;
        }

        /** V8's hypot: scaled by the largest magnitude, summed with Kahan compensation. */
        public static double Hypot(params double[] values)
        {
            var max = 0.0;
            var nan = false;
            foreach (var v in values)
            {
                var a = Math.Abs(v);
                if (double.IsInfinity(a)) return double.PositiveInfinity;
                if (double.IsNaN(a)) nan = true;
                else if (a > max) max = a;
            }
            if (nan) return double.NaN;
            if (max == 0) return 0;
            double sum = 0, compensation = 0;
            foreach (var v in values)
            {
                var n = Math.Abs(v) / max;
                var summand = n * n - compensation;
                var preliminary = sum + summand;
                compensation = (preliminary - sum) - summand;
                sum = preliminary;
            }
            return Math.Sqrt(sum) * max;
        }

        public static double Clz32(double x)
        {
            var n = ToUint32(x);
            var count = 0;
            for (var bit = 0x80000000u; bit != 0 && (n & bit) == 0; bit >>= 1) count++;
            return count;
        }

        public static double Imul(double a, double b) { return unchecked(ToInt32(a) * ToInt32(b)); }

        public static double Fround(double x) { return (double)(float)x; }
    }
