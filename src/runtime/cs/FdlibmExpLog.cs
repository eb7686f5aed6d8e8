// csxc-feature: FdlibmExpLog
// csxc-needs: Fdlibm
    // Math.exp, expm1, log, log1p, log2, log10 as V8 computes them (fdlibm's e_exp.c, s_expm1.c,
    // e_log.c, s_log1p.c, e_log10.c, and FreeBSD's e_log2.c).
    static partial class CsxMath
    {
        // ln2 as hi + lo, hi with 32 trailing zero bits so that k*hi is exact.
        const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
        const double invln2 = 1.44269504088896338700e+00;
        // log(1+f) = f - f*f/2 + s*(f*f/2 + R(s*s)), s = f/(2+f): R's coefficients.
        const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
            Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
            Lg7 = 1.479819860511658591e-01;

        /** exp and expm1's argument reduction for |x| > ln2/2: x = k*ln2 + (hi - lo); returns k. */
        static int ReduceLn2(double x, int hx, bool negative, out double hi, out double lo)
        {
            if (hx < 0x3FF0A2B2) // |x| < 1.5 ln2
            {
                hi = negative ? x + ln2_hi : x - ln2_hi;
                lo = negative ? -ln2_lo : ln2_lo;
                return negative ? -1 : 1;
            }
            var k = (int)(invln2 * x + (negative ? -0.5 : 0.5));
            double t = k;
            hi = x - t * ln2_hi;
            lo = t * ln2_lo;
            return k;
        }

        public static double Exp(double x)
        {
            const double o_threshold = 7.09782712893383973096e+02, u_threshold = -7.45133219101941108420e+02,
                twom1000 = 9.33263618503218878990e-302, two1023 = 8.988465674311579539e+307,
                P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
            double hi = 0, lo = 0, c, t, y, twopk;
            var k = 0;
            var word = High(x);
            var negative = word < 0;
            var hx = word & 0x7fffffff;
            if (hx >= 0x40862E42) // |x| >= 709.78
            {
                if (hx >= 0x7ff00000)
                {
                    if (double.IsNaN(x)) return x + x;
                    return negative ? 0.0 : x;
                }
                if (x > o_threshold) return double.PositiveInfinity;
                if (x < u_threshold) return 0.0;
            }
            if (hx > 0x3fd62e42) // |x| > ln2/2: x = k*ln2 + r, |r| <= ln2/2
            {
                // V8 answers Math.E for exp(1); the reduction would be one ulp off.
                if (x == 1.0) return 2.718281828459045;
                k = ReduceLn2(x, hx, negative, out hi, out lo);
                x = hi - lo;
            }
            else if (hx < 0x3e300000) return 1.0 + x; // |x| < 2^-28
            t = x * x;
            twopk = FromWords(0x3ff00000 + ((k >= -1021 ? k : k + 1000) << 20), 0);
            c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
            if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
            y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
            if (k < -1021) return y * twopk * twom1000;
            if (k == 1024) return y * 2.0 * two1023;
            return y * twopk;
        }

        public static double Expm1(double x)
        {
            const double o_threshold = 7.09782712893383973096e+02, two1023 = 8.988465674311579539e+307,
                // Scaled coefficients of R(x*x/2).
                Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
                Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
            double hi, lo, c = 0, t, e, hxs, hfx, r1, y, twopk;
            int k;
            var word = High(x);
            var negative = word < 0;
            var hx = word & 0x7fffffff;
            if (hx >= 0x4043687A) // |x| >= 56 ln2
            {
                if (hx >= 0x40862E42) // |x| >= 709.78
                {
                    if (hx >= 0x7ff00000)
                    {
                        if (double.IsNaN(x)) return x + x;
                        return negative ? -1.0 : x;
                    }
                    if (x > o_threshold) return double.PositiveInfinity;
                }
                if (negative) return -1.0; // exp(x) < 2^-56: -1 to the last bit
            }
            if (hx > 0x3fd62e42) // |x| > ln2/2
            {
                k = ReduceLn2(x, hx, negative, out hi, out lo);
                x = hi - lo;
                c = (hi - x) - lo; // what x = hi - lo lost
            }
            else if (hx < 0x3c900000) return x; // |x| < 2^-54
            else k = 0;

            hfx = 0.5 * x;
            hxs = x * hfx;
            r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
            t = 3.0 - r1 * hfx;
            e = hxs * ((r1 - t) / (6.0 - x * t));
            if (k == 0) return x - (x * e - hxs);
            twopk = FromWords(0x3ff00000 + (k << 20), 0);
            e = x * (e - c) - c;
            e -= hxs;
            if (k == -1) return 0.5 * (x - e) - 0.5;
            if (k == 1)
            {
                if (x < -0.25) return -2.0 * (e - (x + 0.5));
                return 1.0 + 2.0 * (x - e);
            }
            if (k <= -2 || k > 56) // exp(x) - 1 is exp(x), or -1, to the bit
            {
                y = 1.0 - (e - x);
                y = k == 1024 ? y * 2.0 * two1023 : y * twopk;
                return y - 1.0;
            }
            if (k < 20)
            {
                t = FromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
                y = t - (e - x);
                return y * twopk;
            }
            t = FromWords((0x3ff - k) << 20, 0); // 2^-k
            y = x - (e + t);
            y += 1.0;
            return y * twopk;
        }

        public static double Log(double x)
        {
            double f, s, z, R, w, t1, t2, dk, hfsq;
            var hx = High(x);
            var k = 0;
            if (hx < 0x00100000) // x < 2^-1022
            {
                if (((hx & 0x7fffffff) | (int)Low(x)) == 0) return double.NegativeInfinity;
                if (hx < 0) return double.NaN;
                k -= 54;
                x *= two54; // subnormal: scale up
                hx = High(x);
            }
            if (hx >= 0x7ff00000) return x + x;
            k += (hx >> 20) - 1023;
            hx &= 0x000fffff;
            // x = 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2)
            var i = (hx + 0x95f64) & 0x100000;
            x = WithHigh(x, hx | (i ^ 0x3ff00000));
            k += i >> 20;
            f = x - 1.0;
            if ((0x000fffff & (2 + hx)) < 3) // -2^-20 <= f < 2^-20
            {
                if (f == 0)
                {
                    if (k == 0) return 0;
                    dk = k;
                    return dk * ln2_hi + dk * ln2_lo;
                }
                R = f * f * (0.5 - 0.33333333333333333 * f);
                if (k == 0) return f - R;
                dk = k;
                return dk * ln2_hi - ((R - dk * ln2_lo) - f);
            }
            s = f / (2.0 + f);
            dk = k;
            z = s * s;
            i = hx - 0x6147a;
            w = z * z;
            var j = 0x6b851 - hx;
            t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
            t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
            i |= j;
            R = t2 + t1;
            if (i > 0) // f beyond about 0.15: f*f/2 kept apart
            {
                hfsq = 0.5 * f * f;
                if (k == 0) return f - (hfsq - s * (hfsq + R));
                return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
            }
            if (k == 0) return f - s * (f - R);
            return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
        }

        public static double Log1p(double x)
        {
            double hfsq, f = 0, c = 0, s, z, R, u;
            int k, hu = 0;
            var hx = High(x);
            var ax = hx & 0x7fffffff;
            k = 1;
            if (hx < 0x3FDA827A) // 1 + x < sqrt(2)
            {
                if (ax >= 0x3ff00000) // x <= -1
                {
                    if (x == -1.0) return double.NegativeInfinity;
                    return double.NaN;
                }
                if (ax < 0x3e200000) // |x| < 2^-29
                {
                    if (ax < 0x3c900000) return x; // |x| < 2^-54
                    return x - x * x * 0.5;
                }
                if (hx > 0 || hx <= unchecked((int)0xbfd2bec4)) // sqrt(2)/2 <= 1 + x < sqrt(2): no reduction
                {
                    k = 0;
                    f = x;
                    hu = 1;
                }
            }
            if (hx >= 0x7ff00000) return x + x;
            if (k != 0)
            {
                if (hx < 0x43400000)
                {
                    u = 1.0 + x;
                    hu = High(u);
                    k = (hu >> 20) - 1023;
                    c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // what 1 + x lost
                    c /= u;
                }
                else
                {
                    u = x;
                    hu = High(u);
                    k = (hu >> 20) - 1023;
                    c = 0;
                }
                hu &= 0x000fffff;
                if (hu < 0x6a09e) u = WithHigh(u, hu | 0x3ff00000); // u < sqrt(2)
                else
                {
                    k += 1;
                    u = WithHigh(u, hu | 0x3fe00000); // u/2
                    hu = (0x00100000 - hu) >> 2;
                }
                f = u - 1.0;
            }
            hfsq = 0.5 * f * f;
            if (hu == 0) // |f| < 2^-20
            {
                if (f == 0)
                {
                    if (k == 0) return 0;
                    c += k * ln2_lo;
                    return k * ln2_hi + c;
                }
                R = hfsq * (1.0 - 0.66666666666666666 * f);
                if (k == 0) return f - R;
                return k * ln2_hi - ((R - (k * ln2_lo + c)) - f);
            }
            s = f / (2.0 + f);
            z = s * s;
            R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
            if (k == 0) return f - (hfsq - s * (hfsq + R));
            return k * ln2_hi - ((hfsq - (s * (hfsq + R) + (k * ln2_lo + c))) - f);
        }

        /** log(1+f) - f + f*f/2 for sqrt(2)/2 <= 1+f <= sqrt(2) (FreeBSD's k_log1p), for log2. */
        static double KernelLog1p(double f)
        {
            var s = f / (2.0 + f);
            var z = s * s;
            var w = z * z;
            var t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
            var t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
            var R = t2 + t1;
            var hfsq = 0.5 * f * f;
            return s * (hfsq + R);
        }

        /** FreeBSD's e_log2.c: log2 of x = 2^k * (1+f) in extra precision, exact for powers of two. */
        public static double Log2(double x)
        {
            const double ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10;
            var hx = High(x);
            var lx = Low(x);
            var k = 0;
            if (hx < 0x00100000) // x < 2^-1022
            {
                if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
                if (hx < 0) return double.NaN;
                k -= 54;
                x *= two54;
                hx = High(x);
            }
            if (hx >= 0x7ff00000) return x + x;
            if (hx == 0x3ff00000 && lx == 0) return 0; // log2(1) = +0
            k += (hx >> 20) - 1023;
            hx &= 0x000fffff;
            var i = (hx + 0x95f64) & 0x100000;
            x = WithHigh(x, hx | (i ^ 0x3ff00000)); // sqrt(2)/2 < 1+f < sqrt(2)
            k += i >> 20;
            double y = k;
            var f = x - 1.0;
            var hfsq = 0.5 * f * f;
            var r = KernelLog1p(f);
            // f - hfsq as hi + lo, hi's low word cleared so that hi*ivln2hi is exact; then y added in
            // extra precision: near sqrt(2) and sqrt(2)/2 the sum cancels badly otherwise.
            var hi = ClearLow(f - hfsq);
            var lo = (f - hi) - hfsq + r;
            var val_hi = hi * ivln2hi;
            var val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
            var w = y + val_hi;
            val_lo += (y - w) + val_hi;
            val_hi = w;
            return val_lo + val_hi;
        }

        /** fdlibm's e_log10.c, not FreeBSD's later one: n*log10(2) + log(m)/ln(10) for x = 2^n * m. */
        public static double Log10(double x)
        {
            const double ivln10 = 4.34294481903251816668e-01, log10_2hi = 3.01029995663611771306e-01,
                log10_2lo = 3.69423907715893078616e-13;
            var hx = High(x);
            var lx = Low(x);
            var k = 0;
            if (hx < 0x00100000) // x < 2^-1022
            {
                if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
                if (hx < 0) return double.NaN;
                k -= 54;
                x *= two54;
                hx = High(x);
                lx = Low(x);
            }
            if (hx >= 0x7ff00000) return x + x;
            if (hx == 0x3ff00000 && lx == 0) return 0; // log10(1) = +0
            k += (hx >> 20) - 1023;
            // n = k, but k + 1 for x < 1, so that m = x / 2^n is in [1, 2) or [0.5, 1) and log10(10^n) is n.
            var i = k < 0 ? 1 : 0;
            hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
            double y = k + i;
            x = FromWords(hx, lx);
            var z = y * log10_2lo + ivln10 * Log(x);
            return z + y * log10_2hi;
        }
    }
