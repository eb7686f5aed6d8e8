// csxc-feature: Collections
// csxc-needs: Values, Hosts
    // Map and Set: insertion order, and keys equal by SameValueZero (strings and numbers by value, NaN
    // equal to NaN, +0 to -0; objects, arrays and hosted values by reference). A Map or Set is held in
    // JSON as a hosted value (Hosts.cs), so it goes wherever JSON goes; JSON.stringify writes it as {}
    // and for…of, spread and Array.from iterate it live (entries added during the loop are visited).
    public sealed class JsCollection : IJsIterable
    {
        public readonly bool IsSet;
        readonly List<JToken> keys = new List<JToken>();
        readonly List<JToken> values = new List<JToken>();
        readonly List<bool> live = new List<bool>();
        // Primitive keys by value; objects, arrays and hosted values by identity, looked up in a list
        // (RuntimeHelpers, which would hash by identity, is outside the platform's namespaces).
        readonly Dictionary<object, int> index = new Dictionary<object, int>();
        readonly List<int> referenceSlots = new List<int>();
        int count;

        public JsCollection(bool isSet) { IsSet = isSet; }

        public double Size { get { return count; } }

        /** The entry's slot, or -1. */
        int Find(JToken key)
        {
            var k = KeyOf(key);
            if (IsPrimitive(k))
            {
                int slot;
                return index.TryGetValue(k, out slot) ? slot : -1;
            }
            foreach (var slot in referenceSlots) if (ReferenceEquals(KeyOf(keys[slot]), k)) return slot;
            return -1;
        }

        public JToken Get(JToken key) { var slot = Find(key); return slot < 0 ? null : values[slot]; }

        public bool Has(JToken key) { return Find(key) >= 0; }

        public void Set(JToken key, JToken value)
        {
            key = Js.Elem(key);
            // -0 as a key is stored as +0, as JS does.
            if ((key != null && (key.Type == JTokenType.Integer || key.Type == JTokenType.Float)) && (double)key == 0) key = new JValue(0d);
            if (IsSet) value = key;
            var slot = Find(key);
            if (slot >= 0) { values[slot] = value; return; }
            var k = KeyOf(key);
            if (IsPrimitive(k)) index[k] = keys.Count;
            else referenceSlots.Add(keys.Count);
            keys.Add(key);
            values.Add(value);
            live.Add(true);
            count++;
        }

        public bool Delete(JToken key)
        {
            var slot = Find(key);
            if (slot < 0) return false;
            var k = KeyOf(key);
            if (IsPrimitive(k)) index.Remove(k);
            else referenceSlots.Remove(slot);
            live[slot] = false;
            keys[slot] = null;
            values[slot] = null;
            count--;
            return true;
        }

        public void Clear()
        {
            for (var i = 0; i < live.Count; i++) { live[i] = false; keys[i] = null; values[i] = null; }
            index.Clear();
            referenceSlots.Clear();
            count = 0;
        }

        /** The live slots in insertion order; entries added while iterating are reached, deleted ones skipped. */
        IEnumerable<int> Slots()
        {
            for (var i = 0; i < live.Count; i++) if (live[i]) yield return i;
        }

        public IEnumerable<JToken> Keys() { foreach (var i in Slots()) yield return keys[i]; }

        public IEnumerable<JToken> Values() { foreach (var i in Slots()) yield return values[i]; }

        /** [key, value] pairs; a Set's entries are [value, value]. */
        public IEnumerable<JToken> Entries()
        {
            foreach (var i in Slots()) yield return Js.Arr(keys[i], values[i]);
        }

        public IEnumerable<JToken> Iterate() { return IsSet ? Values() : Entries(); }

        public void ForEach(Action<JToken, JToken> callback)
        {
            foreach (var i in Slots()) callback(values[i], keys[i]);
        }

        // Stand-ins for undefined and null, kept in the dictionary with the primitives.
        sealed class Absent { }
        static readonly Absent UndefinedKey = new Absent();
        static readonly Absent NullKey = new Absent();

        /** What SameValueZero compares: the value of a primitive, the identity of anything else. */
        static object KeyOf(JToken key)
        {
            key = Js.Elem(key);
            if (key == null) return UndefinedKey;
            switch (key.Type)
            {
                case JTokenType.Null: return NullKey;
                case JTokenType.String: return (string)key;
                case JTokenType.Boolean: return (bool)key;
                case JTokenType.Integer:
                case JTokenType.Float:
                    // One +0 for -0, one NaN for every NaN: their bits, and so their hashes, differ.
                    var d = (double)key;
                    return d == 0 ? 0d : double.IsNaN(d) ? double.NaN : d;
                case JTokenType.Raw: return ((JValue)key).Value;
                default: return key;
            }
        }

        /** A key the dictionary compares by value: a string, number or boolean, or undefined or null. */
        static bool IsPrimitive(object k) { return k is string || k is double || k is bool || k is Absent; }
    }

    static partial class Js
    {
        /** `new Map(entries)` and `new Set(items)`; undefined and null give an empty one. */
        public static JToken NewCollection(bool isSet, JToken source, string text)
        {
            var collection = new JsCollection(isSet);
            if (!IsNullish(source))
            {
                foreach (var item in Iterate(source, text))
                {
                    if (isSet) { collection.Set(item, item); continue; }
                    if (IsNullish(item) || item.Type != JTokenType.Array && item.Type != JTokenType.Object) throw new JsError("Iterator value " + ToStr(item) + " is not an entry object");
                    collection.Set(Get(item, "0"), Get(item, "1"));
                }
            }
            return new JRaw(collection);
        }

        /** The Map or Set a value holds; V8's TypeError for a read of a member of undefined or null. */
        public static JsCollection Collection(JToken value, string member)
        {
            if (IsNullish(value)) throw new JsError("Cannot read properties of " + (value == null || value.Type == JTokenType.Undefined ? "undefined" : "null") + " (reading '" + member + "')");
            return Unhost<JsCollection>(value);
        }

        public static JToken SetAdd(JToken set, JToken value)
        {
            Collection(set, "add").Set(value, value);
            return set;
        }

        public static JToken MapSet(JToken map, JToken key, JToken value)
        {
            Collection(map, "set").Set(key, value);
            return map;
        }

        /** keys(), values() and entries(): an iterator, used up by the first loop over it as in JS. */
        public static JToken IteratorOf(IEnumerable<JToken> items) { return new JRaw(new JsIterator(items)); }
    }

    public sealed class JsIterator : IJsIterable
    {
        readonly IEnumerator<JToken> items;
        public JsIterator(IEnumerable<JToken> source) { items = source.GetEnumerator(); }

        public IEnumerable<JToken> Iterate()
        {
            while (items.MoveNext()) yield return items.Current;
        }
    }
