// csxc-feature: FdlibmArc
// csxc-needs: Fdlibm
    // Math.asin, Math.acos, Math.atan, Math.atan2 as V8 computes them (fdlibm's e_asin.c, e_acos.c,
    // s_atan.c, e_atan2.c).
    static partial class CsxMath
    {
        const double pio2_hi = 1.57079632679489655800e+00, pio2_lo = 6.12323399573676603587e-17, pi = 3.14159265358979311600e+00;

        /** R(t) of asin(x) = x + x*R(x*x): a rational function, numerator and denominator apart. */
        static double AsinRatio(double t)
        {
            const double pS0 = 1.66666666666666657415e-01, pS1 = -3.25565818622400915405e-01, pS2 = 2.01212532134862925881e-01,
                pS3 = -4.00555345006794114027e-02, pS4 = 7.91534994289814532176e-04, pS5 = 3.47933107596021167570e-05,
                qS1 = -2.40339491173441421878e+00, qS2 = 2.02094576023350569471e+00, qS3 = -6.88283971605453293030e-01,
                qS4 = 7.70381505559019352791e-02;
            var p = t * (pS0 + t * (pS1 + t * (pS2 + t * (pS3 + t * (pS4 + t * pS5)))));
            var q = 1.0 + t * (qS1 + t * (qS2 + t * (qS3 + t * qS4)));
            return p / q;
        }

        public static double Asin(double x)
        {
            const double pio4_hi = 7.85398163397448278999e-01;
            double t, w, p, q, c, r, s;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix >= 0x3ff00000) // |x| >= 1
            {
                if (((ix - 0x3ff00000) | (int)Low(x)) == 0) return x * pio2_hi + x * pio2_lo;
                return (x - x) / (x - x);
            }
            if (ix < 0x3fe00000) // |x| < 0.5
            {
                if (ix < 0x3e400000) return x; // |x| < 2^-27
                return x + x * AsinRatio(x * x);
            }
            // 0.5 <= |x| < 1: asin(x) = pi/2 - 2*asin(sqrt((1-|x|)/2))
            w = 1.0 - Math.Abs(x);
            t = w * 0.5;
            s = Math.Sqrt(t);
            if (ix >= 0x3fef3333) // |x| > 0.975
            {
                t = pio2_hi - (2.0 * (s + s * AsinRatio(t)) - pio2_lo);
            }
            else
            {
                // s split as w + c, w exact in 21 bits, for the extra precision this range needs.
                w = ClearLow(s);
                c = (t - w * w) / (s + w);
                r = AsinRatio(t);
                p = 2.0 * s * r - (pio2_lo - 2.0 * c);
                q = pio4_hi - 2.0 * w;
                t = pio4_hi - (p - q);
            }
            return hx > 0 ? t : -t;
        }

        public static double Acos(double x)
        {
            double z, w, s, c, df;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix >= 0x3ff00000) // |x| >= 1
            {
                if (((ix - 0x3ff00000) | (int)Low(x)) == 0) return hx > 0 ? 0.0 : pi + 2.0 * pio2_lo;
                return (x - x) / (x - x);
            }
            if (ix < 0x3fe00000) // |x| < 0.5
            {
                if (ix <= 0x3c600000) return pio2_hi + pio2_lo; // |x| < 2^-57
                return pio2_hi - (x - (pio2_lo - x * AsinRatio(x * x)));
            }
            if (hx < 0) // x < -0.5: acos(x) = pi - 2*asin(sqrt((1+x)/2))
            {
                z = (1.0 + x) * 0.5;
                s = Math.Sqrt(z);
                w = AsinRatio(z) * s - pio2_lo;
                return pi - 2.0 * (s + w);
            }
            // x > 0.5: acos(x) = 2*asin(sqrt((1-x)/2)), with sqrt split as df + c
            z = (1.0 - x) * 0.5;
            s = Math.Sqrt(z);
            df = ClearLow(s);
            c = (z - df * df) / (s + df);
            w = AsinRatio(z) * s + c;
            return 2.0 * (df + w);
        }

        // atan(0.5), atan(1), atan(1.5), atan(Infinity), each as hi + lo.
        static readonly double[] AtanHi = { 4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00 };
        static readonly double[] AtanLo = { 2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17 };

        public static double Atan(double x)
        {
            const double aT0 = 3.33333333333329318027e-01, aT1 = -1.99999999998764832476e-01, aT2 = 1.42857142725034663711e-01,
                aT3 = -1.11111104054623557880e-01, aT4 = 9.09088713343650656196e-02, aT5 = -7.69187620504482999495e-02,
                aT6 = 6.66107313738753120669e-02, aT7 = -5.83357013379057348645e-02, aT8 = 4.97687799461593236017e-02,
                aT9 = -3.65315727442169155270e-02, aT10 = 1.62858201153657823623e-02;
            int id;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix >= 0x44100000) // |x| >= 2^66
            {
                if (double.IsNaN(x)) return x + x;
                return hx > 0 ? AtanHi[3] + AtanLo[3] : -AtanHi[3] - AtanLo[3];
            }
            if (ix < 0x3fdc0000) // |x| < 0.4375
            {
                if (ix < 0x3e400000) return x; // |x| < 2^-27
                id = -1;
            }
            else
            {
                // Reduce to |x| < 7/16 around 0.5, 1, 1.5 or infinity.
                x = Math.Abs(x);
                if (ix < 0x3ff30000) // |x| < 1.1875
                {
                    if (ix < 0x3fe60000) { id = 0; x = (2.0 * x - 1.0) / (2.0 + x); }
                    else { id = 1; x = (x - 1.0) / (x + 1.0); }
                }
                else if (ix < 0x40038000) { id = 2; x = (x - 1.5) / (1.0 + 1.5 * x); } // |x| < 2.4375
                else { id = 3; x = -1.0 / x; }
            }
            var z = x * x;
            var w = z * z;
            // The odd and even terms apart, in powers of w = x^4, as in fdlibm.
            var s1 = z * (aT0 + w * (aT2 + w * (aT4 + w * (aT6 + w * (aT8 + w * aT10)))));
            var s2 = w * (aT1 + w * (aT3 + w * (aT5 + w * (aT7 + w * aT9))));
            if (id < 0) return x - x * (s1 + s2);
            z = AtanHi[id] - ((x * (s1 + s2) - AtanLo[id]) - x);
            return hx < 0 ? -z : z;
        }

        public static double Atan2(double y, double x)
        {
            const double pi_o_4 = 7.8539816339744827900E-01, pi_o_2 = 1.5707963267948965580E+00, pi_lo = 1.2246467991473531772E-16;
            if (double.IsNaN(x) || double.IsNaN(y)) return x + y;
            int hx = High(x), hy = High(y);
            int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;
            uint lx = Low(x), ly = Low(y);
            if (((hx - 0x3ff00000) | (int)lx) == 0) return Atan(y); // x = 1
            var m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x) + sign(y)
            if ((iy | (int)ly) == 0) // y = +-0
            {
                switch (m)
                {
                    case 0:
                    case 1: return y;
                    case 2: return pi;
                    default: return -pi;
                }
            }
            if ((ix | (int)lx) == 0) return hy < 0 ? -pi_o_2 : pi_o_2; // x = +-0
            if (ix == 0x7ff00000) // x = +-Infinity
            {
                if (iy == 0x7ff00000)
                {
                    switch (m)
                    {
                        case 0: return pi_o_4;
                        case 1: return -pi_o_4;
                        case 2: return 3.0 * pi_o_4;
                        default: return -3.0 * pi_o_4;
                    }
                }
                switch (m)
                {
                    case 0: return 0.0;
                    case 1: return -0.0;
                    case 2: return pi;
                    default: return -pi;
                }
            }
            if (iy == 0x7ff00000) return hy < 0 ? -pi_o_2 : pi_o_2; // y = +-Infinity

            double z;
            var k = (iy - ix) >> 20;
            if (k > 60) // |y/x| > 2^60
            {
                z = pi_o_2 + 0.5 * pi_lo;
                m &= 1;
            }
            else if (hx < 0 && k < -60) z = 0.0; // |y/x| < 2^-60 and x < 0
            else z = Atan(Math.Abs(y / x));
            switch (m)
            {
                case 0: return z;
                case 1: return -z;
                case 2: return pi - (z - pi_lo);
                default: return (z - pi_lo) - pi;
            }
        }
    }
