// csxc-feature: Values
// csxc-needs: Json, Number
    // JS values in C#: string, double and bool for primitives; JToken for everything else, where C#
    // null is `undefined` and a JValue of type Null is `null`.
    static partial class Js
    {
        public static JToken Box(string value) { return new JValue(value); }
        public static JToken Box(double value) { return new JValue(value); }
        public static JToken Box(bool value) { return new JValue(value); }
        public static JToken BoxOrNull(string value) { return value == null ? JValue.CreateNull() : new JValue(value); }
        public static JToken BoxOrNull(double? value) { return value.HasValue ? new JValue(value.Value) : JValue.CreateNull(); }
        public static JToken BoxOrNull(bool? value) { return value.HasValue ? new JValue(value.Value) : JValue.CreateNull(); }
        public static JToken BoxOrUndefined(string value) { return value == null ? null : new JValue(value); }
        public static JToken BoxOrUndefined(double? value) { return value.HasValue ? new JValue(value.Value) : null; }
        public static JToken BoxOrUndefined(bool? value) { return value.HasValue ? new JValue(value.Value) : null; }

        public static bool IsNull(JToken value) { return value != null && value.Type == JTokenType.Null; }
        public static bool IsNullish(JToken value) { return value == null || value.Type == JTokenType.Null || value.Type == JTokenType.Undefined; }

        // A JArray holds no C# null: undefined put into an array (`[x]` of an absent x, map's callback
        // answering undefined, a hole) is stored as a JValue of type Undefined, which JSON.stringify
        // writes as null, and every read of an element gives back C# null (undefined), not JSON null.
        public static JToken Elem(JToken stored) { return IsUndefinedSlot(stored) ? null : stored; }
        static bool IsUndefinedSlot(JToken value) { return value != null && value.Type == JTokenType.Undefined; }

        static bool IsNumber(JToken value) { return value != null && (value.Type == JTokenType.Integer || value.Type == JTokenType.Float); }

        // The type checker has already proven these; a mismatch means the JSON did not match its
        // declared interface, which JS would carry along silently and C# cannot.
        public static string Str(JToken value)
        {
            if (value != null && value.Type == JTokenType.String) return (string)value;
            throw new JsError("expected a string but found " + TypeOf(value));
        }
        public static string StrOrNull(JToken value) { return IsNullish(value) ? null : Str(value); }
        public static double Num(JToken value)
        {
            if (IsNumber(value)) return (double)value;
            throw new JsError("expected a number but found " + TypeOf(value));
        }
        public static double? NumOrNull(JToken value) { return IsNullish(value) ? (double?)null : Num(value); }
        public static bool Bool(JToken value)
        {
            if (value != null && value.Type == JTokenType.Boolean) return (bool)value;
            throw new JsError("expected a boolean but found " + TypeOf(value));
        }
        public static bool? BoolOrNull(JToken value) { return IsNullish(value) ? (bool?)null : Bool(value); }

        // The same, for a value whose member is read next (`b.id.toUpperCase()`): a property the
        // JSON lacks is undefined, and JS throws reading a member of it.
        public static string StrFor(JToken value, string member) { return Str(Receiver(value, member)); }
        public static double NumFor(JToken value, string member) { return Num(Receiver(value, member)); }
        public static bool BoolFor(JToken value, string member) { return Bool(Receiver(value, member)); }
        // A string or number that may be absent (`s.split(",")[2]`, `o.email!`: C# null) whose member is
        // read next; `absent` is what JS holds then, "undefined" or "null".
        public static string StrReceiver(string value, string member, string absent = "undefined")
        {
            if (value == null) throw new JsError("Cannot read properties of " + absent + " (reading '" + member + "')");
            return value;
        }
        public static double NumReceiver(double? value, string member, string absent = "undefined")
        {
            if (!value.HasValue) throw new JsError("Cannot read properties of " + absent + " (reading '" + member + "')");
            return value.Value;
        }

        /**
         * The receiver of an array method, when the JSON may not be the array its type declares:
         * text is how V8 names the method (`b.items.map`); undefined and null are left to the
         * method, which says `Cannot read properties of undefined (reading 'map')`. A string has
         * some of the methods (`includes`, `slice`): the array method refuses it as not an array.
         */
        public static JToken ArrayFor(JToken value, string text)
        {
            if (value is JArray || IsNullish(value)) return value;
            if (value.Type == JTokenType.String && StringShared.Any(m => text.EndsWith("." + m, StringComparison.Ordinal))) return value;
            throw new JsError(text + " is not a function");
        }

        static readonly string[] StringShared = { "at", "concat", "includes", "indexOf", "lastIndexOf", "slice" };

        /** A function value about to be called (`cb!(x)`); text is how V8 names the callee. */
        public static T Callable<T>(T f, string text) where T : class
        {
            if (f == null) throw new JsError(text + " is not a function");
            return f;
        }

        static JToken Receiver(JToken value, string member)
        {
            if (IsNullish(value)) throw new JsError("Cannot read properties of " + Describe(value) + " (reading '" + member + "')");
            return value;
        }

        /** typeof, with "null" for null and "array" for arrays, for messages. */
        static string TypeOf(JToken value)
        {
            if (value == null || value.Type == JTokenType.Undefined) return "undefined";
            switch (value.Type)
            {
                case JTokenType.Null: return "null";
                case JTokenType.String: return "string";
                case JTokenType.Integer:
                case JTokenType.Float: return "number";
                case JTokenType.Boolean: return "boolean";
                case JTokenType.Array: return "array";
                default: return "object";
            }
        }

        public static bool Truthy(string value) { return !string.IsNullOrEmpty(value); }
        public static bool Truthy(double value) { return value != 0 && !double.IsNaN(value); }
        public static bool Truthy(double? value) { return value.HasValue && Truthy(value.Value); }
        public static bool Truthy(bool? value) { return value == true; }
        public static bool Truthy(JToken value)
        {
            if (value == null) return false;
            switch (value.Type)
            {
                case JTokenType.Null:
                case JTokenType.Undefined: return false;
                case JTokenType.Boolean: return (bool)value;
                case JTokenType.Integer:
                case JTokenType.Float: return Truthy((double)value);
                case JTokenType.String: return ((string)value).Length > 0;
                default: return true;
            }
        }

        static bool TruthyAny(object value)
        {
            if (value is JToken) return Truthy((JToken)value);
            if (value is string) return Truthy((string)value);
            if (value is double) return Truthy((double)value);
            if (value is bool) return (bool)value;
            return false;
        }

        public static T And<T>(T left, Func<T> right) { return TruthyAny(left) ? right() : left; }
        public static T Or<T>(T left, Func<T> right) { return TruthyAny(left) ? left : right(); }
        public static T Coalesce<T>(T left, Func<T> right)
        {
            var token = left as JToken;
            bool nullish = left == null || (token != null && IsNullish(token));
            return nullish ? right() : left;
        }

        public static bool StrictEquals(JToken a, JToken b)
        {
            a = Elem(a);
            b = Elem(b);
            if (a == null || b == null) return a == null && b == null;
            if (IsNumber(a) && IsNumber(b)) return (double)a == (double)b;
            if (a is JValue && b is JValue)
            {
                if (a.Type != b.Type) return false;
                if (a.Type == JTokenType.Null) return true;
                if (a.Type == JTokenType.String) return string.Equals((string)a, (string)b, StringComparison.Ordinal);
                if (a.Type == JTokenType.Boolean) return (bool)a == (bool)b;
                // Two copies of one hosted Res or Req (Hosts.cs) are the same object.
                if (a.Type == JTokenType.Raw) return ReferenceEquals(((JValue)a).Value, ((JValue)b).Value);
            }
            return ReferenceEquals(a, b);
        }

        /** String(value). */
        public static string ToStr(JToken value)
        {
            if (value == null || value.Type == JTokenType.Undefined) return "undefined";
            switch (value.Type)
            {
                case JTokenType.Null: return "null";
                case JTokenType.Boolean: return (bool)value ? "true" : "false";
                case JTokenType.Integer:
                case JTokenType.Float: return NumberToString((double)value);
                case JTokenType.String: return (string)value;
                case JTokenType.Array:
                    return string.Join(",", ((JArray)value).Select(item => IsNullish(item) ? "" : ToStr(item)));
                default: return "[object Object]";
            }
        }

        static string Describe(JToken value) { return value == null || value.Type == JTokenType.Undefined ? "undefined" : "null"; }

        /** obj[key]; reading from undefined or null throws V8's TypeError text. */
        public static JToken Get(JToken target, string key)
        {
            if (IsNullish(target)) throw new JsError("Cannot read properties of " + Describe(target) + " (reading '" + key + "')");
            var obj = target as JObject;
            if (obj != null) { JToken found; return obj.TryGetValue(key, out found) ? Elem(found) : null; }
            var array = target as JArray;
            if (array != null)
            {
                if (key == "length") return new JValue((double)array.Count);
                int index;
                return IsArrayIndex(key, out index) && index < array.Count ? Elem(array[index]) : null;
            }
            if (target.Type == JTokenType.String)
            {
                var text = (string)target;
                if (key == "length") return new JValue((double)text.Length);
                int index;
                return IsArrayIndex(key, out index) && index < text.Length ? new JValue(text[index].ToString()) : null;
            }
            return null;
        }

        public static JToken Get(JToken target, double index)
        {
            if (IsNullish(target)) throw new JsError("Cannot read properties of " + Describe(target) + " (reading '" + NumberToString(index) + "')");
            return Get(target, NumberToString(index));
        }

        public static JToken GetOptional(JToken target, string key) { return IsNullish(target) ? null : Get(target, key); }
        public static JToken GetOptional(JToken target, double index) { return IsNullish(target) ? null : Get(target, index); }

        /** A canonical array index: "0", "1", ... without leading zeros, below 2^31 here. */
        static bool IsArrayIndex(string key, out int index)
        {
            index = -1;
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return false;
            long value = 0;
            foreach (var c in key)
            {
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
            if (value > int.MaxValue) return false;
            index = (int)value;
            return true;
        }

        /** obj[key] = value; JS keeps integer-like keys first, in ascending order. */
        public static JToken Set(JToken target, string key, JToken value)
        {
            if (IsNullish(target)) throw new JsError("Cannot set properties of " + Describe(target) + " (setting '" + key + "')");
            var obj = target as JObject;
            if (obj != null)
            {
                if (value == null) obj.Remove(key);
                // JS assigns "__proto__" to the prototype (or ignores a primitive), so no own property
                // appears; only one JSON.parse made is updated. Inherited reads are not modelled.
                else if (key == "__proto__" && !obj.ContainsKey(key)) return value;
                else PutKey(obj, key, value);
                return value;
            }
            var array = target as JArray;
            int index;
            if (array != null && key == "length") SetLength(array, value);
            else if (array != null && IsArrayIndex(key, out index))
            {
                while (array.Count <= index) array.Add(JValue.CreateUndefined());
                PutElement(array, index, value ?? JValue.CreateUndefined());
            }
            return value;
        }

        /** `a.length = n`: truncates, or extends with holes, which JSON writes as null (as set past the end does). */
        static void SetLength(JArray array, JToken value)
        {
            var length = IsNumber(value) ? (double)value : double.NaN;
            if (!(length >= 0 && length <= 4294967295d && length == Math.Floor(length))) throw new JsError("Invalid array length");
            while (array.Count > length) array.RemoveAt(array.Count - 1);
            while (array.Count < length) array.Add(JValue.CreateUndefined());
        }

        public static JToken Set(JToken target, double index, JToken value) { return Set(target, NumberToString(index), value); }

        static void PutKey(JObject obj, string key, JToken value)
        {
            int index;
            // Most keys are not indexes: those skip the extra lookup (PutMember finds an existing key itself).
            if (!IsArrayIndex(key, out index) || obj.ContainsKey(key)) { PutMember(obj, key, value); return; }
            // Insert before the first property that is not an index smaller than this one.
            foreach (var property in obj.Properties())
            {
                int other;
                if (!IsArrayIndex(property.Name, out other) || other > index)
                {
                    property.AddBeforeSelf(new JProperty(key, value));
                    return;
                }
            }
            obj.Add(key, value);
        }

        /** An object literal: alternating keys and values, or a Spread; later keys win, undefined removes. */
        public static JObject Obj(params object[] keysAndValues)
        {
            var obj = new JObject();
            for (var i = 0; i < keysAndValues.Length; i += 2)
            {
                var spread = keysAndValues[i] as JsSpread;
                if (spread != null)
                {
                    SpreadInto(obj, spread.Value);
                    i--;
                    continue;
                }
                var key = (string)keysAndValues[i];
                var value = (JToken)keysAndValues[i + 1];
                // An undefined value keeps its key where JS keeps it (`{ ...{ a, name: undefined }, name }`
                // has name second; Object.keys lists it); JSON text leaves it out (Json.cs).
                PutKey(obj, key, value ?? JValue.CreateUndefined());
            }
            return obj;
        }

        /** {...source}: own enumerable properties in order; strings and arrays by index; others add nothing. */
        static void SpreadInto(JObject obj, JToken source)
        {
            if (IsNullish(source)) return;
            var from = source as JObject;
            if (from != null)
            {
                foreach (var property in from.Properties().ToList()) PutKey(obj, property.Name, property.Value);
                return;
            }
            var array = source as JArray;
            if (array != null)
            {
                for (var i = 0; i < array.Count; i++) PutKey(obj, i.ToString(System.Globalization.CultureInfo.InvariantCulture), array[i]);
                return;
            }
            if (source.Type == JTokenType.String)
            {
                var text = (string)source;
                for (var i = 0; i < text.Length; i++) PutKey(obj, i.ToString(System.Globalization.CultureInfo.InvariantCulture), new JValue(text[i].ToString()));
            }
        }

        /** An array literal; undefined items are stored as null, as JSON.stringify writes them. */
        public static JArray Arr(params JToken[] items)
        {
            var array = new JArray();
            foreach (var item in items) array.Add(item ?? JValue.CreateUndefined());
            return array;
        }

        /** An array literal with spread elements: [...a, b]. */
        public static JArray Arr(params object[] items)
        {
            var array = new JArray();
            foreach (var item in items)
            {
                var spread = item as JsSpread;
                if (spread == null) { array.Add((JToken)item ?? JValue.CreateUndefined()); continue; }
                foreach (var element in Iterate(spread.Value, spread.Text)) array.Add(element ?? JValue.CreateUndefined());
            }
            return array;
        }

        /** `...value` in an object literal, an array literal or a call; text is the source, for errors. */
        public static JsSpread Spread(JToken value, string text) { return new JsSpread(value, text); }

        /** for…of over an array, re-reading the length each step as JS does. */
        public static IEnumerable<JToken> Items(JToken source) { return Iterate(source, null); }

        /** The JS iteration of a value: array items, or the code points of a string. */
        public static IEnumerable<JToken> Iterate(JToken source, string text)
        {
            var array = source as JArray;
            if (array != null) return ArrayItems(array);
            if (source != null && source.Type == JTokenType.String) return CodePoints((string)source).Select(s => (JToken)new JValue(s));
            var iterable = source != null && source.Type == JTokenType.Raw ? ((JValue)source).Value as IJsIterable : null;
            if (iterable != null) return iterable.Iterate();
            if (text != null) throw new JsError(text + " is not iterable");
            throw new JsError(DescribeValue(source) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
        }

        static IEnumerable<JToken> ArrayItems(JArray array)
        {
            for (var i = 0; i < array.Count; i++) yield return Elem(array[i]);
        }

        /** for…of over a string: one string per code point, as JS iterates. */
        public static IEnumerable<string> CodePoints(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    yield return text.Substring(i, 2);
                    i++;
                }
                else yield return text[i].ToString();
            }
        }

        /** A value as V8 names it in "... is not iterable" when there is no source text. */
        static string DescribeValue(JToken value)
        {
            if (value == null || value.Type == JTokenType.Undefined) return "undefined";
            switch (value.Type)
            {
                case JTokenType.Null: return "object null";
                case JTokenType.Integer:
                case JTokenType.Float: return "number " + NumberToString((double)value);
                case JTokenType.Boolean: return "boolean " + ((bool)value ? "true" : "false");
                default: return "object";
            }
        }
    }

    /** `...value` inside a literal or a call; Js.Obj and Js.Arr expand it. */
    public sealed class JsSpread
    {
        public readonly JToken Value;
        public readonly string Text;
        public JsSpread(JToken value, string text) { Value = value; Text = text; }
    }
