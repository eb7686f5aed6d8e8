// csxc-feature: Objects
// csxc-needs: Values
    // Object.keys, values, entries, fromEntries, assign, hasOwn and is, in JS's key order: integer-like
    // keys first in ascending order, then the others in the order they were added.
    static partial class Js
    {
        /** The own enumerable keys of a value, in JS's order; strings and arrays have their indexes. */
        static List<string> OwnKeys(JToken value, string function)
        {
            if (IsNullish(value)) throw new JsError("Cannot convert undefined or null to object");
            var keys = new List<string>();
            var obj = value as JObject;
            if (obj != null)
            {
                var indexes = new List<KeyValuePair<int, string>>();
                foreach (var property in obj.Properties())
                {
                    int index;
                    if (IsArrayIndex(property.Name, out index)) indexes.Add(new KeyValuePair<int, string>(index, property.Name));
                    else keys.Add(property.Name);
                }
                keys.InsertRange(0, indexes.OrderBy(p => p.Key).Select(p => p.Value));
                return keys;
            }
            var length = value is JArray ? ((JArray)value).Count : value.Type == JTokenType.String ? ((string)value).Length : 0;
            for (var i = 0; i < length; i++) keys.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return keys;
        }

        public static JArray Keys(JToken value) { return new JArray(OwnKeys(value, "keys")); }

        /**
         * for…in: the keys Object.keys gives, none for undefined or null (for…in does not throw), and
         * like V8 a key removed before its turn is skipped; keys added meanwhile are not visited.
         */
        public static IEnumerable<string> ForInKeys(JToken value)
        {
            if (IsNullish(value)) yield break;
            foreach (var key in OwnKeys(value, "for…in"))
            {
                var array = value as JArray;
                var obj = value as JObject;
                if (array != null && int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) >= array.Count) continue;
                if (obj != null && obj.Property(key) == null) continue;
                yield return key;
            }
        }

        public static JArray Values(JToken value)
        {
            return new JArray(OwnKeys(value, "values").Select(key => Get(value, key) ?? JValue.CreateUndefined()).ToArray());
        }

        public static JArray Entries(JToken value)
        {
            return new JArray(OwnKeys(value, "entries").Select(key => new JArray(key, Get(value, key) ?? JValue.CreateUndefined())).ToArray());
        }

        /** Object.fromEntries: each item is a [key, value] pair; later keys win. */
        public static JObject FromEntries(JToken entries)
        {
            var result = new JObject();
            foreach (var entry in Iterate(entries, null))
            {
                if (IsNullish(entry) || entry.Type != JTokenType.Array && entry.Type != JTokenType.Object) throw new JsError("Iterator value " + ToStr(entry) + " is not an entry object");
                // Defines the key as its own property (CreateDataProperty): "__proto__" included.
                var key = ToStr(Get(entry, "0"));
                var value = Get(entry, "1");
                if (value != null) PutKey(result, key, value);
                else result.Remove(key);
            }
            return result;
        }

        /** Object.assign: the own properties of each source, in order, onto target; target is returned. */
        public static JToken Assign(JToken target, params JToken[] sources)
        {
            if (IsNullish(target)) throw new JsError("Cannot convert undefined or null to object");
            foreach (var source in sources)
            {
                if (IsNullish(source)) continue;
                foreach (var key in OwnKeys(source, "assign")) Set(target, key, Get(source, key));
            }
            return target;
        }

        public static bool HasOwn(JToken value, string key)
        {
            return OwnKeys(value, "hasOwn").Contains(key);
        }

        /** Object.is: like ===, except that NaN is NaN and -0 is not 0. */
        public static bool SameValue(JToken a, JToken b)
        {
            if (IsNumber(a) && IsNumber(b))
            {
                var x = (double)a;
                var y = (double)b;
                return double.IsNaN(x) ? double.IsNaN(y) : x == y && (x != 0 || (1 / x) == (1 / y));
            }
            return StrictEquals(a, b);
        }
    }
