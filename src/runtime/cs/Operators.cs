// csxc-feature: Operators
// csxc-needs: Values
    // JS operators whose C# counterpart differs: **, unary +, the bitwise operators (ToInt32),
    // typeof, in, delete and the comma.
    static partial class Js
    {
        /** `first, value` and `void first`: C# evaluates the arguments in order, so `first` runs before `value`. */
        public static T Comma<T>(object first, T value) { return value; }

        /** Number(text): trimmed, "" is 0, 0x/0o/0b integers, Infinity, decimal literals; anything else NaN. */
        public static double ToNumber(string text)
        {
            if (text == null) return double.NaN;
            var s = TrimJs(text);
            if (s.Length == 0) return 0;
            if (s.Length > 2 && s[0] == '0')
            {
                var radix = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : s[1] == 'b' || s[1] == 'B' ? 2 : 0;
                if (radix != 0)
                {
                    double value = 0;
                    for (var i = 2; i < s.Length; i++)
                    {
                        var c = s[i];
                        var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
                        if (digit >= radix) return double.NaN;
                        value = value * radix + digit;
                    }
                    return value;
                }
            }
            var body = s[0] == '+' || s[0] == '-' ? s.Substring(1) : s;
            if (body == "Infinity") return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            if (!IsDecimalLiteral(body)) return double.NaN;
            try
            {
                return double.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // .NET Framework throws where JS (and modern .NET) give ±Infinity.
                return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            }
        }

        /** digits [. digits] | . digits, then an optional exponent: what Number() accepts after the sign. */
        static bool IsDecimalLiteral(string s)
        {
            var i = 0;
            var digits = 0;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            }
            if (digits == 0) return false;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                var exponent = 0;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9') { i++; exponent++; }
                if (exponent == 0) return false;
            }
            return i == s.Length;
        }

        /** String.prototype.trim's white space: WhiteSpace and LineTerminator of ECMAScript. */
        static string TrimJs(string s)
        {
            var start = 0;
            var end = s.Length;
            while (start < end && IsJsSpace(s[start])) start++;
            while (end > start && IsJsSpace(s[end - 1])) end--;
            return s.Substring(start, end - start);
        }

        static bool IsJsSpace(char c)
        {
            return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\uFEFF';
        }

        public static double ToNumber(bool value) { return value ? 1 : 0; }

        /** +value for any JS value. */
        public static double ToNumber(JToken value)
        {
            if (value == null) return double.NaN;
            switch (value.Type)
            {
                case JTokenType.Null: return 0;
                case JTokenType.Boolean: return (bool)value ? 1 : 0;
                case JTokenType.Integer:
                case JTokenType.Float: return (double)value;
                case JTokenType.String: return ToNumber((string)value);
                case JTokenType.Array: return ToNumber(ToStr(value));
                default: return double.NaN;
            }
        }

        /** ToInt32: the number modulo 2^32 as a signed integer; NaN and the infinities are 0. */
        public static int ToInt32(double value) { return unchecked((int)ToUint32(value)); }

        public static uint ToUint32(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) return 0;
            var m = Math.Truncate(value) % 4294967296.0;
            if (m < 0) m += 4294967296.0;
            return (uint)m;
        }

        /**
         * JS's IsLessThan(a, b), for `<`, `>`, `<=` and `>=` where a side may be undefined or null (a
         * string read past the end, JSON.stringify's result): two strings compare by UTF-16 code
         * units, anything else as numbers; null when a side is NaN, where every comparison is false.
         */
        public static bool Relate(JToken a, string op, JToken b)
        {
            switch (op)
            {
                case "<": return LessThan(a, b) == true;
                case ">": return LessThan(b, a) == true;
                case "<=": return LessThan(b, a) == false;
                default: return LessThan(a, b) == false;
            }
        }

        static bool? LessThan(JToken a, JToken b)
        {
            a = RelationalPrimitive(a);
            b = RelationalPrimitive(b);
            if (a.Type == JTokenType.String && b.Type == JTokenType.String) return string.CompareOrdinal((string)a, (string)b) < 0;
            var x = ToNumber(a);
            var y = ToNumber(b);
            if (double.IsNaN(x) || double.IsNaN(y)) return null;
            return x < y;
        }

        /**
         * a + b where TypeScript says string but neither side need be one (`parts[2] + 1`, undefined
         * plus a number): a string when either primitive is one, else the sum of ToNumber (NaN).
         */
        public static JToken Plus(JToken a, JToken b)
        {
            a = RelationalPrimitive(a);
            b = RelationalPrimitive(b);
            if (a.Type == JTokenType.String || b.Type == JTokenType.String) return new JValue(ToStr(a) + ToStr(b));
            return new JValue(ToNumber(a) + ToNumber(b));
        }

        /** The receiver of a string method that may be a number (`(parts[2] + 1).endsWith`): text is how V8 names the method. */
        public static string StrFor(JToken value, string member, string text)
        {
            value = Receiver(value, member);
            if (value.Type == JTokenType.String) return (string)value;
            throw new JsError(text + " is not a function");
        }

        /** `(parts[2] + 1).length`: a string's length; a number has none (undefined). */
        public static double? StrLength(JToken value)
        {
            value = Receiver(value, "length");
            return value.Type == JTokenType.String ? ((string)value).Length : (double?)null;
        }

        /** ToPrimitive for a comparison: arrays and objects become their String(); undefined stays undefined. */
        static JToken RelationalPrimitive(JToken value)
        {
            if (value == null || value.Type == JTokenType.Undefined) return JValue.CreateUndefined();
            return value is JContainer ? new JValue(ToStr(value)) : value;
        }

        /** typeof for a JSON value. */
        public static string TypeOfValue(JToken value)
        {
            if (value == null || value.Type == JTokenType.Undefined) return "undefined";
            switch (value.Type)
            {
                case JTokenType.String: return "string";
                case JTokenType.Integer:
                case JTokenType.Float: return "number";
                case JTokenType.Boolean: return "boolean";
                default: return "object";
            }
        }

        /** key in target. */
        public static bool In(string key, JToken target)
        {
            var obj = target as JObject;
            if (obj != null) return obj.ContainsKey(key) || ObjectPrototypeNames.Contains(key);
            var array = target as JArray;
            if (array != null)
            {
                int index;
                return (IsArrayIndex(key, out index) && index < array.Count) || ArrayPrototypeNames.Contains(key) || ObjectPrototypeNames.Contains(key);
            }
            var shown = target == null ? "undefined" : target.Type == JTokenType.Null ? "null" : ToStr(target);
            throw new JsError("Cannot use 'in' operator to search for '" + key + "' in " + shown);
        }

        /**
         * What `in` also sees in JS: a JSON object is a plain object, so the members of Object.prototype
         * are in it; an array also has those of Array.prototype (node 20's lists; test/hostile checks them).
         */
        static readonly HashSet<string> ObjectPrototypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__", "__lookupSetter__",
            "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString",
        };

        static readonly HashSet<string> ArrayPrototypeNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "length", "constructor", "at", "concat", "copyWithin", "fill", "find", "findIndex", "findLast", "findLastIndex",
            "lastIndexOf", "pop", "push", "reverse", "shift", "unshift", "slice", "sort", "splice", "includes", "indexOf", "join",
            "keys", "entries", "values", "forEach", "filter", "flat", "flatMap", "map", "every", "some", "reduce", "reduceRight",
            "toLocaleString", "toString", "toReversed", "toSorted", "toSpliced", "with",
        };

        /** delete target[key]: removes a property; an array element becomes a hole (null in JSON). */
        public static bool Delete(JToken target, string key)
        {
            if (IsNullish(target)) throw new JsError("Cannot convert undefined or null to object");
            var obj = target as JObject;
            if (obj != null) { obj.Remove(key); return true; }
            var array = target as JArray;
            int index;
            if (array != null && IsArrayIndex(key, out index) && index < array.Count) PutElement(array, index, JValue.CreateUndefined());
            return true;
        }
    }
