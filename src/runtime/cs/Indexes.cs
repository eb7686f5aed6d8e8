// csxc-feature: Indexes
// csxc-needs:
    // JS's conversions of index arguments: ToIntegerOrInfinity, and the relative index of slice,
    // at and splice (negative counts from the end, clamped to [0, length]).
    static partial class Js
    {
        /** ToIntegerOrInfinity: NaN is 0, fractions are cut toward 0, the infinities stay. */
        public static double ToInteger(double value)
        {
            return double.IsNaN(value) ? 0 : Math.Truncate(value);
        }

        /** A relative index clamped to [0, length]; undefined gives `absent`. */
        static int Relative(double? value, int length, int absent)
        {
            if (!value.HasValue) return absent;
            var index = ToInteger(value.Value);
            if (index < 0) index = Math.Max(length + index, 0);
            return (int)Math.Min(index, length);
        }

        /** An index clamped to [0, length] without counting from the end (substring, startsWith). */
        static int Clamped(double? value, int length, int absent)
        {
            if (!value.HasValue) return absent;
            return (int)Math.Min(Math.Max(ToInteger(value.Value), 0), length);
        }
    }
