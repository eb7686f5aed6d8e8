// csxc-feature: Fdlibm
// csxc-needs:
    // Math as V8 computes it. V8 does not call the C runtime for Math.sin, Math.pow and the other
    // transcendental functions: it carries its own port of Sun's fdlibm (src/base/ieee754.cc, by way
    // of FreeBSD's msun), the same on every platform. .NET's Math calls the C runtime, whose last
    // digit differs. CsxMath is that fdlibm again, operation for operation, so that every result is
    // V8's to the bit. The families are separate features (FdlibmTrig, FdlibmArc, FdlibmExpLog,
    // FdlibmHyperbolic, FdlibmPow) so that a script carries only what it calls; this part holds the
    // access to the two 32-bit words of a double that fdlibm works with.
    //
    // Every step is a plain double operation, rounded to double as fdlibm assumes (C# does so: SSE2
    // on x64, and the JIT neither fuses a*b+c nor keeps extended precision). Nothing here may be
    // rewritten into a mathematically equal form (a sum regrouped, a product distributed): the last
    // bit would change. Where V8 departs from fdlibm, V8 is followed, and the comment says so.
    static partial class CsxMath
    {
        const double two54 = 1.80143985094819840000e+16;

        /** The high word: sign, exponent and the top 20 bits of the fraction. */
        static int High(double x) { return (int)(BitConverter.DoubleToInt64Bits(x) >> 32); }

        /** The low word: the bottom 32 bits of the fraction. */
        static uint Low(double x) { return unchecked((uint)BitConverter.DoubleToInt64Bits(x)); }

        static double FromWords(int high, uint low) { return BitConverter.Int64BitsToDouble(((long)high << 32) | low); }

        static double WithHigh(double x, int high) { return FromWords(high, Low(x)); }

        /** x with its low word cleared: the top 21 bits, whose products with other such numbers are exact. */
        static double ClearLow(double x) { return FromWords(High(x), 0); }

        /** x * 2^n with one rounding, as fdlibm's scalbn (the result may be subnormal). */
        static double Scalbn(double x, int n)
        {
            const double twom54 = 5.55111512312578270212e-17, huge = 1.0e+300, tiny = 1.0e-300;
            var hx = High(x);
            var k = (hx & 0x7ff00000) >> 20;
            if (k == 0)
            {
                if (((hx & 0x7fffffff) | (int)Low(x)) == 0) return x;
                x *= two54;
                hx = High(x);
                k = ((hx & 0x7ff00000) >> 20) - 54;
            }
            if (k == 0x7ff) return x + x;
            k += n;
            if (k > 0x7fe) return huge * (hx < 0 ? -huge : huge);
            if (k > 0) return WithHigh(x, (hx & unchecked((int)0x800fffff)) | (k << 20));
            if (k <= -54) return n > 50000 ? huge * (hx < 0 ? -huge : huge) : tiny * (hx < 0 ? -tiny : tiny);
            return WithHigh(x, (hx & unchecked((int)0x800fffff)) | ((k + 54) << 20)) * twom54;
        }
    }
