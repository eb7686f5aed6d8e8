// csxc-feature: FdlibmTrig
// csxc-needs: Fdlibm
    // Math.sin, Math.cos, Math.tan as V8 computes them (fdlibm's s_sin.c, s_cos.c, s_tan.c): the
    // argument reduced modulo pi/2 to y0 + y1 (|y0| <= pi/4), then a polynomial kernel on it.
    static partial class CsxMath
    {
        public static double Sin(double x)
        {
            var ix = High(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb) return KernelSin(x, 0, false);
            if (ix >= 0x7ff00000) return x - x;
            double y0, y1;
            switch (RemPio2(x, out y0, out y1) & 3)
            {
                case 0: return KernelSin(y0, y1, true);
                case 1: return KernelCos(y0, y1);
                case 2: return -KernelSin(y0, y1, true);
                default: return -KernelCos(y0, y1);
            }
        }

        public static double Cos(double x)
        {
            var ix = High(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb) return KernelCos(x, 0);
            if (ix >= 0x7ff00000) return x - x;
            double y0, y1;
            switch (RemPio2(x, out y0, out y1) & 3)
            {
                case 0: return KernelCos(y0, y1);
                case 1: return -KernelSin(y0, y1, true);
                case 2: return -KernelCos(y0, y1);
                default: return KernelSin(y0, y1, true);
            }
        }

        public static double Tan(double x)
        {
            var ix = High(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb) return KernelTan(x, 0, 1);
            if (ix >= 0x7ff00000) return x - x;
            double y0, y1;
            var n = RemPio2(x, out y0, out y1);
            // Odd quadrants answer -1/tan.
            return KernelTan(y0, y1, 1 - ((n & 1) << 1));
        }

        /** sin(x + y) for |x| <= pi/4, y the tail of x (used only when hasTail). */
        static double KernelSin(double x, double y, bool hasTail)
        {
            const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03, S3 = -1.98412698298579493134e-04,
                S4 = 2.75573137070700676789e-06, S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
            if ((High(x) & 0x7fffffff) < 0x3e400000) return x; // |x| < 2^-27
            double z = x * x, v = z * x;
            var r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
            if (!hasTail) return x + v * (S1 + z * r);
            return x - ((z * (0.5 * y - v * r) - y) - v * S1);
        }

        /** cos(x + y) for |x| <= pi/4. */
        static double KernelCos(double x, double y)
        {
            const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03, C3 = 2.48015872894767294178e-05,
                C4 = -2.75573143513906633035e-07, C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
            var ix = High(x) & 0x7fffffff;
            if (ix < 0x3e400000) return 1; // |x| < 2^-27
            var z = x * x;
            var r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
            if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
            // 1 - x*x/2 loses bits: take qx (about x*x/4, exact) out of both terms first.
            var qx = ix > 0x3fe90000 ? 0.28125 : FromWords(ix - 0x00200000, 0);
            var hz = 0.5 * z - qx;
            var a = 1 - qx;
            return a - (hz - (z * r - x * y));
        }

        /** tan(x + y) for |x| <= pi/4 (iy = 1), or -1/tan(x + y) (iy = -1). */
        static double KernelTan(double x, double y, int iy)
        {
            const double T0 = 3.33333333333334091986e-01, T1 = 1.33333333333201242699e-01, T2 = 5.39682539762260521377e-02,
                T3 = 2.18694882948595424599e-02, T4 = 8.86323982359930005737e-03, T5 = 3.59207910759131235356e-03,
                T6 = 1.45620945432529025516e-03, T7 = 5.88041240820264096874e-04, T8 = 2.46463134818469906812e-04,
                T9 = 7.81794442939557092300e-05, T10 = 7.14072491382608190305e-05, T11 = -1.85586374855275456654e-05,
                T12 = 2.59073051863633712884e-05, pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;
            double z, r, v, w, s;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix < 0x3e300000) // |x| < 2^-28
            {
                if ((ix | (int)Low(x) | (iy + 1)) == 0) return 1 / Math.Abs(x);
                if (iy == 1) return x;
                return MinusReciprocal(x + y, x, y);
            }
            var big = ix >= 0x3fe59428; // |x| >= 0.6744: tan(pi/4 - x) is computed instead
            if (big)
            {
                if (hx < 0) { x = -x; y = -y; }
                z = pio4 - x;
                w = pio4lo - y;
                x = z + w;
                y = 0.0;
            }
            z = x * x;
            w = z * z;
            // The odd and even terms apart, in powers of w = x^4: shorter dependency chains, as in fdlibm.
            r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
            v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
            s = z * x;
            r = y + z * (s * (r + v) + y);
            r += T0 * s;
            w = x + r;
            if (big)
            {
                v = iy;
                return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
            }
            if (iy == 1) return w;
            return MinusReciprocal(w, x, r);
        }

        /** -1/w where w = x + r, to nearly full precision: w's top half divided, then corrected by the tail. */
        static double MinusReciprocal(double w, double x, double r)
        {
            var z = ClearLow(w);
            var v = r - (z - x);
            var a = -1.0 / w;
            var t = ClearLow(a);
            var s = 1.0 + t * z;
            return t + a * (s + t * v);
        }

        // 2/pi in 24-bit pieces (1584 bits), for the reduction of large arguments.
        static readonly int[] TwoOverPi =
        {
            0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
            0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
            0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
            0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
            0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
            0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
        };

        // The high words of n*pi/2 for n = 1..32: an argument sharing one may cancel badly in the reduction.
        static readonly int[] NPio2High =
        {
            0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
            0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
            0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
            0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
        };

        // pi/2 in 24-bit pieces.
        static readonly double[] PIo2 =
        {
            1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
            1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
        };

        /** x = n*pi/2 + y0 + y1 with |y0 + y1| <= pi/4; returns n (fdlibm's __ieee754_rem_pio2). */
        static int RemPio2(double x, out double y0, out double y1)
        {
            const double invpio2 = 6.36619772367581382433e-01, two24 = 1.67772160000000000000e+07,
                // pi/2 in three pieces of 33 bits, each with its tail.
                pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11,
                pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21,
                pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32;
            double z, w, t, r, fn;
            int n;
            var hx = High(x);
            var ix = hx & 0x7fffffff;
            if (ix <= 0x3fe921fb) { y0 = x; y1 = 0; return 0; }
            if (ix < 0x4002d97c) // |x| < 3pi/4: n = +-1
            {
                if (hx > 0)
                {
                    z = x - pio2_1;
                    if (ix != 0x3ff921fb) { y0 = z - pio2_1t; y1 = (z - y0) - pio2_1t; }
                    else { z -= pio2_2; y0 = z - pio2_2t; y1 = (z - y0) - pio2_2t; } // near pi/2: 33 more bits
                    return 1;
                }
                z = x + pio2_1;
                if (ix != 0x3ff921fb) { y0 = z + pio2_1t; y1 = (z - y0) + pio2_1t; }
                else { z += pio2_2; y0 = z + pio2_2t; y1 = (z - y0) + pio2_2t; }
                return -1;
            }
            if (ix <= 0x413921fb) // |x| <= 2^19 * pi/2
            {
                t = Math.Abs(x);
                n = (int)(t * invpio2 + 0.5);
                fn = n;
                r = t - fn * pio2_1;
                w = fn * pio2_1t;
                if (n < 32 && ix != NPio2High[n - 1])
                {
                    y0 = r - w;
                }
                else
                {
                    // Cancellation: as many bits lost as the exponent dropped; take the next pieces of pi/2.
                    var j = ix >> 20;
                    y0 = r - w;
                    var i = j - ((High(y0) >> 20) & 0x7ff);
                    if (i > 16)
                    {
                        t = r;
                        w = fn * pio2_2;
                        r = t - w;
                        w = fn * pio2_2t - ((t - r) - w);
                        y0 = r - w;
                        i = j - ((High(y0) >> 20) & 0x7ff);
                        if (i > 49)
                        {
                            t = r;
                            w = fn * pio2_3;
                            r = t - w;
                            w = fn * pio2_3t - ((t - r) - w);
                            y0 = r - w;
                        }
                    }
                }
                y1 = (r - y0) - w;
                if (hx < 0) { y0 = -y0; y1 = -y1; return -n; }
                return n;
            }
            if (ix >= 0x7ff00000) { y0 = y1 = x - x; return 0; }
            // Large: |x| as three 24-bit integers scaled by 2^e0, multiplied by the bits of 2/pi that matter.
            var e0 = (ix >> 20) - 1046;
            z = FromWords(ix - (e0 << 20), Low(x));
            var tx = new double[3];
            for (var i = 0; i < 2; i++)
            {
                tx[i] = (int)z;
                z = (z - tx[i]) * two24;
            }
            tx[2] = z;
            var nx = 3;
            while (tx[nx - 1] == 0) nx--;
            n = KernelRemPio2(tx, out y0, out y1, e0, nx);
            if (hx < 0) { y0 = -y0; y1 = -y1; return -n; }
            return n;
        }

        /**
         * fdlibm's __kernel_rem_pio2 for double precision (prec 2): x[0..nx-1] * 2^e0 * 2/pi, computed
         * in 24-bit integer pieces; the fraction comes back as y0 + y1 and the integer part mod 8.
         */
        static int KernelRemPio2(double[] x, out double y0, out double y1, int e0, int nx)
        {
            const double two24 = 1.67772160000000000000e+07, twon24 = 5.96046447753906250000e-08;
            const int jk = 4; // terms of 2/pi beyond those that x needs, for double precision
            const int jp = jk;
            var iq = new int[20];
            double[] f = new double[20], fq = new double[20], q = new double[20];
            double z, fw;
            int i, j, k, n, ih, carry;

            var jx = nx - 1;
            var jv = (e0 - 3) / 24;
            if (jv < 0) jv = 0;
            var q0 = e0 - 24 * (jv + 1);

            j = jv - jx;
            var m = jx + jk;
            for (i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : TwoOverPi[j];
            for (i = 0; i <= jk; i++)
            {
                for (j = 0, fw = 0.0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                q[i] = fw;
            }

            var jz = jk;
            while (true)
            {
                // q[] into 24-bit integers iq[], most significant last.
                for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--)
                {
                    fw = (int)(twon24 * z);
                    iq[i] = (int)(z - two24 * fw);
                    z = q[j - 1] + fw;
                }

                z = Scalbn(z, q0);
                z -= 8.0 * Math.Floor(z * 0.125); // the integer part matters only mod 8
                n = (int)z;
                z -= n;
                ih = 0;
                if (q0 > 0)
                {
                    i = iq[jz - 1] >> (24 - q0);
                    n += i;
                    iq[jz - 1] -= i << (24 - q0);
                    ih = iq[jz - 1] >> (23 - q0);
                }
                else if (q0 == 0) ih = iq[jz - 1] >> 23;
                else if (z >= 0.5) ih = 2;

                if (ih > 0) // fraction > 0.5: take 1 - fraction, and n + 1
                {
                    n += 1;
                    carry = 0;
                    for (i = 0; i < jz; i++)
                    {
                        j = iq[i];
                        if (carry == 0)
                        {
                            if (j != 0) { carry = 1; iq[i] = 0x1000000 - j; }
                        }
                        else iq[i] = 0xffffff - j;
                    }
                    if (q0 == 1) iq[jz - 1] &= 0x7fffff;
                    else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
                    if (ih == 2)
                    {
                        z = 1.0 - z;
                        if (carry != 0) z -= Scalbn(1.0, q0);
                    }
                }

                // All bits so far cancelled: take more terms of 2/pi and start again.
                if (z != 0) break;
                j = 0;
                for (i = jz - 1; i >= jk; i--) j |= iq[i];
                if (j != 0) break;
                for (k = 1; iq[jk - k] == 0; k++) { }
                for (i = jz + 1; i <= jz + k; i++)
                {
                    f[jx + i] = TwoOverPi[jv + i];
                    for (j = 0, fw = 0.0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                    q[i] = fw;
                }
                jz += k;
            }

            if (z == 0.0) // drop zero pieces
            {
                jz -= 1;
                q0 -= 24;
                while (iq[jz] == 0) { jz--; q0 -= 24; }
            }
            else // split z into 24-bit pieces if needed
            {
                z = Scalbn(z, -q0);
                if (z >= two24)
                {
                    fw = (int)(twon24 * z);
                    iq[jz] = (int)(z - two24 * fw);
                    jz += 1;
                    q0 += 24;
                    iq[jz] = (int)fw;
                }
                else iq[jz] = (int)z;
            }

            fw = Scalbn(1.0, q0);
            for (i = jz; i >= 0; i--)
            {
                q[i] = fw * iq[i];
                fw *= twon24;
            }

            // The fraction times pi/2.
            for (i = jz; i >= 0; i--)
            {
                for (fw = 0.0, k = 0; k <= jp && k <= jz - i; k++) fw += PIo2[k] * q[i + k];
                fq[jz - i] = fw;
            }

            // Summed smallest first into y0, and what y0 could not hold into y1.
            fw = 0.0;
            for (i = jz; i >= 0; i--) fw += fq[i];
            y0 = ih == 0 ? fw : -fw;
            fw = fq[0] - fw;
            for (i = 1; i <= jz; i++) fw += fq[i];
            y1 = ih == 0 ? fw : -fw;
            return n & 7;
        }
    }
