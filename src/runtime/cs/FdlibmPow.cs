// csxc-feature: FdlibmPow
// csxc-needs: Fdlibm
    // x ** y and Math.pow as V8 computes them (fdlibm's e_pow.c, which keeps JS's NaN for
    // (+-1) ** +-Infinity, with one change of V8's own), and Math.cbrt (FreeBSD's s_cbrt.c).
    static partial class CsxMath
    {
        /**
         * x ** y = 2^(y * log2(x)): log2(x) to about 64 bits as t1 + t2, times y split the same way,
         * then 2^n * 2^r. 10 ** -5 is 0.000009999999999999999 here as in V8 (the C runtime says 0.00001).
         */
        public static double Pow(double x, double y)
        {
            const double two53 = 9007199254740992.0, huge = 1.0e300, tiny = 1.0e-300,
                dp_h1 = 5.84962487220764160156e-01, dp_l1 = 1.35003920212974897128e-08, // log2(1.5) as hi + lo
                // (3/2)*(log(x) - 2s - 2/3*s^3) polynomial
                L1 = 5.99999999999994648725e-01, L2 = 4.28571428578550184252e-01, L3 = 3.33333329818377432918e-01,
                L4 = 2.72728123808534006489e-01, L5 = 2.30660745775561754067e-01, L6 = 2.06975017800338417784e-01,
                P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08,
                lg2 = 6.93147180559945286227e-01, lg2_h = 6.93147182464599609375e-01, lg2_l = -1.90465429995776804525e-09,
                ovt = 8.0085662595372944372e-17, // -(1024 - log2(MAX_VALUE + ulp/2))
                cp = 9.61796693925975554329e-01, cp_h = 9.61796700954437255859e-01, cp_l = -7.02846165095275826516e-09, // 2/(3 ln2)
                ivln2 = 1.44269504088896338700e+00, ivln2_h = 1.44269502162933349609e+00, ivln2_l = 1.92596299112661746887e-08;
            double z, ax, z_h, z_l, p_h, p_l, y1, t1, t2, r, s, t, u, v, w;
            int i, j, k, n;
            int hx = High(x), hy = High(y);
            uint lx = Low(x), ly = Low(y);
            int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

            if ((iy | (int)ly) == 0) return 1.0; // x ** +-0, even NaN ** 0
            if (double.IsNaN(x) || double.IsNaN(y)) return x + y;

            // For x < 0: yisint 0 if y is not an integer, 1 if odd, 2 if even.
            var yisint = 0;
            if (hx < 0)
            {
                if (iy >= 0x43400000) yisint = 2; // |y| >= 2^53
                else if (iy >= 0x3ff00000)
                {
                    k = (iy >> 20) - 0x3ff;
                    if (k > 20)
                    {
                        var bits = ly >> (52 - k);
                        if ((bits << (52 - k)) == ly) yisint = 2 - (int)(bits & 1);
                    }
                    else if (ly == 0)
                    {
                        j = iy >> (20 - k);
                        if ((j << (20 - k)) == iy) yisint = 2 - (j & 1);
                    }
                }
            }

            if (ly == 0)
            {
                if (iy == 0x7ff00000) // y = +-Infinity
                {
                    if (((ix - 0x3ff00000) | (int)lx) == 0) return y - y; // (+-1) ** +-Infinity is NaN in JS
                    if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0; // |x| > 1
                    return hy < 0 ? -y : 0.0; // |x| < 1
                }
                if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x; // y = +-1
                if (hy == 0x40000000) return x * x; // y = 2
                if (hy == 0x3fe00000 && hx >= 0) return Math.Sqrt(x); // y = 0.5, x >= +0
            }

            ax = Math.Abs(x);
            if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) // x = +-0, +-Infinity, +-1
            {
                z = ax;
                if (hy < 0) z = 1.0 / z;
                if (hx < 0)
                {
                    if (((ix - 0x3ff00000) | yisint) == 0) z = (z - z) / (z - z); // (-1) ** non-integer
                    else if (yisint == 1) z = -z;
                }
                return z;
            }

            n = (hx >> 31) + 1; // 0 for x < 0
            if ((n | yisint) == 0) return (x - x) / (x - x); // negative ** non-integer
            s = (n | (yisint - 1)) == 0 ? -1.0 : 1.0; // negative ** odd

            if (iy > 0x41e00000) // |y| > 2^31
            {
                if (iy > 0x43f00000) // |y| > 2^64: overflow or underflow
                {
                    if (ix <= 0x3fefffff) return hy < 0 ? huge * huge : tiny * tiny;
                    if (ix >= 0x3ff00000) return hy > 0 ? huge * huge : tiny * tiny;
                }
                if (ix < 0x3fefffff) return hy < 0 ? s * huge * huge : s * tiny * tiny;
                if (ix > 0x3ff00000) return hy > 0 ? s * huge * huge : s * tiny * tiny;
                // |1 - x| <= 2^-20: log2(x) from the series of log(1 + t).
                t = ax - 1.0;
                w = (t * t) * (0.5 - t * (0.3333333333333333 - t * 0.25));
                u = ivln2_h * t;
                v = t * ivln2_l - w * ivln2;
                t1 = ClearLow(u + v);
                t2 = v - (t1 - u);
            }
            else
            {
                double ss, s2, s_h, s_l, t_h, t_l;
                n = 0;
                if (ix < 0x00100000) // subnormal x
                {
                    ax *= two53;
                    n -= 53;
                    ix = High(ax);
                }
                n += (ix >> 20) - 0x3ff;
                j = ix & 0x000fffff;
                // ax = 2^n * m with m in [1, sqrt(3/2)) (k = 0) or [sqrt(3/2), sqrt(3)) (k = 1, around 1.5)
                ix = j | 0x3ff00000;
                if (j <= 0x3988E) k = 0;
                else if (j < 0xBB67A) k = 1;
                else { k = 0; n += 1; ix -= 0x00100000; }
                ax = WithHigh(ax, ix);
                var bp = k == 0 ? 1.0 : 1.5;
                var dp_h = k == 0 ? 0.0 : dp_h1;
                var dp_l = k == 0 ? 0.0 : dp_l1;

                // ss = s_h + s_l = (ax - bp)/(ax + bp)
                u = ax - bp;
                v = 1.0 / (ax + bp);
                ss = u * v;
                s_h = ClearLow(ss);
                t_h = FromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, high part
                t_l = ax - (t_h - bp);
                s_l = v * ((u - s_h * t_h) - s_h * t_l);
                // log(ax/bp) = 2ss + 2/3 ss^3 + ss^5 R, as t_h + t_l around 3 + s^2 ...
                s2 = ss * ss;
                r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
                r += s_l * (s_h + ss);
                s2 = s_h * s_h;
                t_h = ClearLow(3.0 + s2 + r);
                t_l = r - ((t_h - 3.0) - s2);
                u = s_h * t_h;
                v = s_l * t_h + t_l * ss;
                // ... times 2/(3 ln2), plus log2(bp) and n: log2(x) = t1 + t2
                p_h = ClearLow(u + v);
                p_l = v - (p_h - u);
                z_h = cp_h * p_h;
                z_l = cp_l * p_h + p_l * cp + dp_l;
                t = n;
                t1 = ClearLow(((z_h + z_l) + dp_h) + t);
                t2 = z_l - (((t1 - t) - dp_h) - z_h);
            }

            // y * log2(x) = p_h + p_l, y split as y1 + (y - y1)
            y1 = ClearLow(y);
            p_l = (y - y1) * t1 + y * t2;
            p_h = y1 * t1;
            z = p_l + p_h;
            j = High(z);
            i = (int)Low(z);
            if (j >= 0x40900000) // z >= 1024
            {
                if (((j - 0x40900000) | i) != 0) return s * huge * huge;
                if (p_l + ovt > z - p_h) return s * huge * huge;
            }
            else if ((j & 0x7fffffff) >= 0x4090cc00) // z <= -1075
            {
                if (j != unchecked((int)0xc090cc00) || i != 0) return s * tiny * tiny;
                if (p_l <= z - p_h) return s * tiny * tiny;
            }

            // 2^z = 2^n * 2^r, n the nearest integer, |r| <= 0.5
            i = j & 0x7fffffff;
            k = (i >> 20) - 0x3ff;
            n = 0;
            if (i > 0x3fe00000)
            {
                n = j + (0x00100000 >> (k + 1));
                k = ((n & 0x7fffffff) >> 20) - 0x3ff;
                t = FromWords(n & ~(0x000fffff >> k), 0);
                n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
                if (j < 0) n = -n;
                p_h -= t;
            }
            t = ClearLow(p_l + p_h);
            u = t * lg2_h;
            v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
            z = u + v;
            w = v - (z - u);
            t = z * z;
            t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
            // fdlibm has r = z*t1/(t1 - 2) - (w + z*w). V8's port puts (w + z*w) inside the divisor,
            // which changes the last bit of some powers: 100 ** -2 is 0.00009999999999999999 in V8,
            // 0.0001 in fdlibm (and Java's StrictMath). V8 is followed.
            r = (z * t1) / ((t1 - 2.0) - (w + z * w));
            z = 1.0 - (r - z);
            j = High(z) + (n << 20);
            if ((j >> 20) <= 0) z = Scalbn(z, n); // subnormal result
            else z = WithHigh(z, j);
            return s * z;
        }

        public static double Cbrt(double x)
        {
            const uint B1 = 715094163, B2 = 696219795; // (1023 - 1023/3 - 0.03306235651) * 2^20, and less 54/3 for subnormals
            // 1/cbrt(x) to 23 bits: a polynomial in r = t^3/x.
            const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875, P2 = 1.621429720105354466140,
                P3 = -0.758397934778766047437, P4 = 0.145996192886612446982;
            var hx = High(x);
            var sign = (uint)hx & 0x80000000;
            var ax = (uint)hx ^ sign;
            if (ax >= 0x7ff00000) return x + x; // NaN, Infinity
            double t;
            if (ax < 0x00100000) // zero or subnormal
            {
                if ((ax | Low(x)) == 0) return x;
                t = two54 * x;
                t = FromWords((int)(sign | (((uint)High(t) & 0x7fffffff) / 3 + B2)), 0);
            }
            else t = FromWords((int)(sign | (ax / 3 + B1)), 0); // to 5 bits: the exponent divided by 3

            var r = (t * t) * (t / x);
            t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
            // Rounded away from zero to 22 bits, so that t*t is exact and t a little above cbrt(x).
            t = BitConverter.Int64BitsToDouble(unchecked((BitConverter.DoubleToInt64Bits(t) + 0x80000000L) & (long)0xffffffffc0000000UL));
            // One Newton step to 53 bits.
            var s = t * t;
            r = x / s;
            var w = t + t;
            r = (r - t) / (w + r);
            return t + t * r;
        }
    }
