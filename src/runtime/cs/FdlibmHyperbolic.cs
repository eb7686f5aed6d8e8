// csxc-feature: FdlibmHyperbolic
// csxc-needs: Fdlibm, FdlibmExpLog
    // Math.sinh, cosh, tanh, asinh, acosh, atanh as V8 computes them (V8's own sinh and cosh over
    // fdlibm's expm1 and exp; fdlibm's s_tanh.c, s_asinh.c, e_acosh.c, e_atanh.c).
    static partial class CsxMath
    {
        const double ln2 = 6.93147180559945286227e-01;

        public static double Sinh(double x)
        {
            const double overflow = 710.4758600739439, twoM28 = 3.725290298461914e-9, logMaxDouble = 709.7822265625;
            var h = x < 0 ? -0.5 : 0.5;
            var ax = Math.Abs(x);
            if (ax < 22)
            {
                if (ax < twoM28) return x;
                // (E + E/(E+1))/2 with E = expm1(|x|); below 1, 2E - E*E/(E+1) keeps the low bits.
                var t = Expm1(ax);
                if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
                return h * (t + t / (t + 1.0));
            }
            if (ax < logMaxDouble) return h * Exp(ax);
            if (ax <= overflow)
            {
                // exp(|x|) itself would overflow: its square root, squared after halving.
                var w = Exp(0.5 * ax);
                return h * w * w;
            }
            return x * 1.0e307; // Infinity or NaN
        }

        public static double Cosh(double x)
        {
            const double overflow = 710.4758600739439;
            var ix = High(x) & 0x7fffffff;
            if (ix < 0x3fd62e43) // |x| < ln2/2: 1 + E*E/(2(1+E)), E = expm1(|x|)
            {
                var t = Expm1(Math.Abs(x));
                var w = 1.0 + t;
                if (ix < 0x3c800000) return w; // |x| < 2^-55
                return 1.0 + (t * t) / (w + w);
            }
            if (ix < 0x40360000) // |x| < 22
            {
                var t = Exp(Math.Abs(x));
                return 0.5 * t + 0.5 / t;
            }
            if (ix < 0x40862e42) return 0.5 * Exp(Math.Abs(x)); // |x| < log(MAX_VALUE)
            if (Math.Abs(x) <= overflow)
            {
                var w = Exp(0.5 * Math.Abs(x));
                var t = 0.5 * w;
                return t * w;
            }
            if (ix >= 0x7ff00000) return x * x; // Infinity or NaN
            return double.PositiveInfinity;
        }

        public static double Tanh(double x)
        {
            double t, z;
            var jx = High(x);
            var ix = jx & 0x7fffffff;
            if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1, or NaN
            if (ix < 0x40360000) // |x| < 22
            {
                if (ix < 0x3e300000) return x; // |x| < 2^-28
                if (ix >= 0x3ff00000) // |x| >= 1
                {
                    t = Expm1(2.0 * Math.Abs(x));
                    z = 1.0 - 2.0 / (t + 2.0);
                }
                else
                {
                    t = Expm1(-2.0 * Math.Abs(x));
                    z = -t / (t + 2.0);
                }
            }
            else z = 1.0; // 1 - tiny
            return jx >= 0 ? z : -z;
        }

        public static double Asinh(double x)
        {
            double t, w;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix >= 0x7ff00000) return x + x; // Infinity or NaN
            if (ix < 0x3e300000) return x; // |x| < 2^-28
            if (ix > 0x41b00000) w = Log(Math.Abs(x)) + ln2; // |x| > 2^28
            else if (ix > 0x40000000) // 2 < |x| <= 2^28
            {
                t = Math.Abs(x);
                w = Log(2.0 * t + 1.0 / (Math.Sqrt(x * x + 1.0) + t));
            }
            else
            {
                t = x * x;
                w = Log1p(Math.Abs(x) + t / (1.0 + Math.Sqrt(1.0 + t)));
            }
            return hx > 0 ? w : -w;
        }

        public static double Acosh(double x)
        {
            double t;
            var hx = High(x);
            if (hx < 0x3ff00000) return (x - x) / (x - x); // x < 1
            if (hx >= 0x41b00000) // x >= 2^28
            {
                if (hx >= 0x7ff00000) return x + x;
                return Log(x) + ln2;
            }
            if (((hx - 0x3ff00000) | (int)Low(x)) == 0) return 0.0; // acosh(1)
            if (hx > 0x40000000) // 2 < x < 2^28
            {
                t = x * x;
                return Log(2.0 * x - 1.0 / (x + Math.Sqrt(t - 1.0)));
            }
            t = x - 1.0; // 1 < x <= 2
            return Log1p(t + Math.Sqrt(2.0 * t + t * t));
        }

        public static double Atanh(double x)
        {
            double t;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if ((ix | (Low(x) != 0 ? 1 : 0)) > 0x3ff00000) return (x - x) / (x - x); // |x| > 1 or NaN
            if (ix == 0x3ff00000) return x > 0 ? double.PositiveInfinity : double.NegativeInfinity;
            if (ix < 0x3e300000) return x; // |x| < 2^-28
            x = WithHigh(x, ix); // |x|
            if (ix < 0x3fe00000) // |x| < 0.5
            {
                t = x + x;
                t = 0.5 * Log1p(t + t * x / (1.0 - x));
            }
            else t = 0.5 * Log1p((x + x) / (1.0 - x));
            return hx >= 0 ? t : -t;
        }
    }
