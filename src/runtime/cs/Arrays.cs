// csxc-feature: Arrays
// csxc-needs: Values, Operators, Indexes
    // Array.prototype on JArray. Callbacks receive (element, index). sort is a stable merge sort, as
    // JS's is (List.Sort is not stable); without a comparator it orders by String(x) in UTF-16 order.
    // An element moved within or out of an array (sort, reverse, pop, splice) stays the same object;
    // one added to a second array is a copy, as Newtonsoft.Json gives a token one parent, except
    // where the first array is never read again (FilterMove, PushMove).
    static partial class Js
    {
        /** The receiver of an array method: reading a method of undefined throws as in JS. */
        static JArray ArrayOf(JToken value, string method)
        {
            var array = value as JArray;
            if (array != null) return array;
            if (IsNullish(value)) throw new JsError("Cannot read properties of " + Describe(value) + " (reading '" + method + "')");
            throw new JsError("the value is not an array (calling " + method + ")");
        }

        /** `.length` of what TypeScript says is an array: JSON of another shape answers as JS does (a string its length, anything else undefined, NaN as a number). */
        public static double Length(JToken array)
        {
            var items = array as JArray;
            if (items != null) return items.Count;
            if (IsNullish(array)) return ArrayOf(array, "length").Count;
            return array.Type == JTokenType.String ? ((string)array).Length : double.NaN;
        }

        public static bool IsArray(JToken value) { return value is JArray; }

        public static double Push(JToken target, params JToken[] items)
        {
            var array = ArrayOf(target, "push");
            foreach (var item in items) array.Add(item ?? JValue.CreateUndefined());
            return array.Count;
        }

        /** push(...items) with spread arguments, gathered in a JArray first. */
        public static double PushAll(JToken target, JArray items)
        {
            var list = items.ToList();
            items.Clear();
            return Push(target, list.ToArray());
        }

        public static JToken Pop(JToken target)
        {
            var array = ArrayOf(target, "pop");
            if (array.Count == 0) return null;
            var last = array[array.Count - 1];
            array.RemoveAt(array.Count - 1);
            return Elem(last);
        }

        public static JToken Shift(JToken target)
        {
            var array = ArrayOf(target, "shift");
            if (array.Count == 0) return null;
            var first = array[0];
            array.RemoveAt(0);
            return Elem(first);
        }

        /**
         * arr.push(...source) of an array that nothing reads afterwards (src/emit/builtins/moved.ts
         * decides): its items move, the same objects, where Push would copy each one (a JToken has
         * one parent). A list read page by page into one array costs no copy of its rows.
         */
        public static double PushMove(JToken target, JsSpread source)
        {
            var array = ArrayOf(target, "push");
            var from = source.Value as JArray;
            // Not an array (a string, or not iterable): what push(...x) does otherwise, its errors included.
            if (from == null) return Push(target, Arr(source).ToArray());
            var moved = new List<JToken>(from);
            // Cleared, the items have no parent, so the target takes them as they are.
            from.Clear();
            foreach (var item in moved) array.Add(item);
            return array.Count;
        }

        public static double Unshift(JToken target, params JToken[] items)
        {
            var array = ArrayOf(target, "unshift");
            for (var i = items.Length - 1; i >= 0; i--) array.Insert(0, items[i] ?? JValue.CreateUndefined());
            return array.Count;
        }

        public static JToken At(JToken target, double index)
        {
            var array = ArrayOf(target, "at");
            var k = ToInteger(index);
            if (k < 0) k += array.Count;
            return k >= 0 && k < array.Count ? Elem(array[(int)k]) : null;
        }

        public static JArray Map(JToken target, Func<JToken, double, JToken> f)
        {
            var array = ArrayOf(target, "map");
            var result = new JArray();
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++) result.Add(f(Elem(array[i]), i) ?? JValue.CreateUndefined());
            return result;
        }

        public static JArray Filter(JToken target, Func<JToken, double, bool> f)
        {
            var array = ArrayOf(target, "filter");
            var result = new JArray();
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++)
            {
                var item = array[i];
                if (f(Elem(item), i)) result.Add(item);
            }
            return result;
        }

        /**
         * filter of an array that nothing reads afterwards (src/emit/builtins/moved.ts decides): the
         * kept items move into the result, the same objects, where Filter would copy each one.
         */
        public static JArray FilterMove(JToken target, Func<JToken, double, bool> f)
        {
            var array = ArrayOf(target, "filter");
            var kept = new List<JToken>();
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++)
            {
                var item = array[i];
                if (f(Elem(item), i)) kept.Add(item);
            }
            // Cleared, the items have no parent, so the result takes them as they are.
            array.Clear();
            return new JArray(kept);
        }

        /** A callback whose result is tested for truthiness. */
        public static Func<JToken, double, bool> Pred(Func<JToken, double, JToken> f) { return (x, i) => Truthy(f(x, i)); }

        public static void ForEach(JToken target, Action<JToken, double> f)
        {
            var array = ArrayOf(target, "forEach");
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++) f(Elem(array[i]), i);
        }

        public static JToken Find(JToken target, Func<JToken, double, bool> f)
        {
            var index = FindIndex(target, f);
            return index < 0 ? null : Elem(((JArray)target)[(int)index]);
        }

        public static double FindIndex(JToken target, Func<JToken, double, bool> f)
        {
            var array = ArrayOf(target, "findIndex");
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++) if (f(Elem(array[i]), i)) return i;
            return -1;
        }

        public static bool Some(JToken target, Func<JToken, double, bool> f) { return FindIndex(target, f) >= 0; }

        public static bool Every(JToken target, Func<JToken, double, bool> f)
        {
            var array = ArrayOf(target, "every");
            for (int i = 0, n = array.Count; i < n && i < array.Count; i++) if (!f(Elem(array[i]), i)) return false;
            return true;
        }

        public static JToken Reduce(JToken target, Func<JToken, JToken, double, JToken> f) { return Fold(ArrayOf(target, "reduce"), f, null, false, false); }
        public static JToken Reduce(JToken target, Func<JToken, JToken, double, JToken> f, JToken initial) { return Fold(ArrayOf(target, "reduce"), f, initial, true, false); }
        public static JToken ReduceRight(JToken target, Func<JToken, JToken, double, JToken> f) { return Fold(ArrayOf(target, "reduceRight"), f, null, false, true); }
        public static JToken ReduceRight(JToken target, Func<JToken, JToken, double, JToken> f, JToken initial) { return Fold(ArrayOf(target, "reduceRight"), f, initial, true, true); }

        static JToken Fold(JArray array, Func<JToken, JToken, double, JToken> f, JToken initial, bool hasInitial, bool fromRight)
        {
            var n = array.Count;
            if (n == 0 && !hasInitial) throw new JsError("Reduce of empty array with no initial value");
            var k = 0;
            var acc = hasInitial ? initial : Elem(array[fromRight ? n - 1 : 0]);
            if (!hasInitial) k = 1;
            for (; k < n; k++)
            {
                var i = fromRight ? n - 1 - k : k;
                if (i < 0 || i >= array.Count) continue;
                acc = f(acc, Elem(array[i]), i);
            }
            return acc;
        }

        /** join: undefined and null are written as "". */
        public static string Join(JToken target, string separator = null)
        {
            var array = ArrayOf(target, "join");
            return string.Join(separator ?? ",", array.Select(item => IsNullish(item) ? "" : ToStr(item)));
        }

        /** indexOf: strict equality, so NaN is never found. */
        public static double IndexOf(JToken target, JToken value, double? from = null)
        {
            var array = ArrayOf(target, "indexOf");
            for (var i = Relative(from, array.Count, 0); i < array.Count; i++) if (StrictEquals(Elem(array[i]), value)) return i;
            return -1;
        }

        public static double LastIndexOf(JToken target, JToken value, double? from = null)
        {
            var array = ArrayOf(target, "lastIndexOf");
            var start = from.HasValue ? (ToInteger(from.Value) < 0 ? array.Count + ToInteger(from.Value) : Math.Min(ToInteger(from.Value), array.Count - 1)) : array.Count - 1;
            for (var i = (int)start; i >= 0; i--) if (StrictEquals(Elem(array[i]), value)) return i;
            return -1;
        }

        /** includes: SameValueZero, so NaN is found and -0 equals 0. */
        public static bool Includes(JToken target, JToken value, double? from = null)
        {
            var array = ArrayOf(target, "includes");
            for (var i = Relative(from, array.Count, 0); i < array.Count; i++)
            {
                var item = Elem(array[i]);
                if (StrictEquals(item, value)) return true;
                if (IsNumber(item) && IsNumber(value) && double.IsNaN((double)item) && double.IsNaN((double)value)) return true;
            }
            return false;
        }

        public static JArray Slice(JToken target, double? start = null, double? end = null)
        {
            var array = ArrayOf(target, "slice");
            var result = new JArray();
            for (int i = Relative(start, array.Count, 0), to = Relative(end, array.Count, array.Count); i < to; i++) result.Add(array[i]);
            return result;
        }

        /** splice(start): everything from start on is removed. */
        public static JArray Splice(JToken target, double start)
        {
            return Splice(target, start, double.PositiveInfinity);
        }

        public static JArray Splice(JToken target, double start, double? deleteCount, params JToken[] items)
        {
            var array = ArrayOf(target, "splice");
            var from = Relative(start, array.Count, 0);
            var count = (int)Math.Min(Math.Max(ToInteger(deleteCount ?? 0), 0), array.Count - from);
            var removed = new JArray();
            for (var i = 0; i < count; i++)
            {
                var item = array[from];
                array.RemoveAt(from);
                removed.Add(item);
            }
            for (var i = 0; i < items.Length; i++) array.Insert(from + i, items[i] ?? JValue.CreateUndefined());
            return removed;
        }

        /** concat: array arguments are spread one level, anything else is appended. */
        public static JArray Concat(JToken target, params JToken[] items)
        {
            var result = new JArray();
            foreach (var item in ArrayOf(target, "concat")) result.Add(item);
            foreach (var item in items)
            {
                var array = item as JArray;
                if (array != null) foreach (var inner in array) result.Add(inner);
                else result.Add(item ?? JValue.CreateUndefined());
            }
            return result;
        }

        /** sort, stable, in place; the array itself is returned. */
        public static JToken Sort(JToken target, Func<JToken, JToken, double> compare = null)
        {
            var array = ArrayOf(target, "sort");
            var all = array.ToArray();
            var items = all.Where(item => !IsUndefinedSlot(item)).ToArray();
            if (compare != null) MergeSort(items, new JToken[items.Length], 0, items.Length, compare);
            else
            {
                // By String(x), each read once rather than at every comparison.
                var keys = new KeyValuePair<string, JToken>[items.Length];
                for (var i = 0; i < items.Length; i++) keys[i] = new KeyValuePair<string, JToken>(ToStr(items[i]), items[i]);
                MergeSort(keys, new KeyValuePair<string, JToken>[keys.Length], 0, keys.Length, (a, b) => string.CompareOrdinal(a.Key, b.Key));
                for (var i = 0; i < items.Length; i++) items[i] = keys[i].Value;
            }
            // Undefined elements go last, never passed to the comparator, as JS sorts.
            Refill(array, items.Concat(all.Where(IsUndefinedSlot)).ToArray());
            return array;
        }

        static void MergeSort<T>(T[] items, T[] scratch, int from, int to, Func<T, T, double> compare)
        {
            if (to - from < 2) return;
            var middle = (from + to) / 2;
            MergeSort(items, scratch, from, middle, compare);
            MergeSort(items, scratch, middle, to, compare);
            // Already in order (a sorted or presorted run): nothing to merge.
            if (!(compare(items[middle - 1], items[middle]) > 0)) return;
            int left = from, right = middle, k = from;
            while (left < middle && right < to)
            {
                // Ties keep the left item first: the sort is stable. A NaN result counts as 0.
                scratch[k++] = compare(items[left], items[right]) > 0 ? items[right++] : items[left++];
            }
            while (left < middle) scratch[k++] = items[left++];
            while (right < to) scratch[k++] = items[right++];
            Array.Copy(scratch, from, items, from, to - from);
        }

        /** Puts the same tokens back in a new order (after Clear they have no parent, so nothing is copied). */
        static void Refill(JArray array, JToken[] items)
        {
            array.Clear();
            foreach (var item in items) array.Add(item);
        }

        public static JToken Reverse(JToken target)
        {
            var array = ArrayOf(target, "reverse");
            var items = array.ToArray();
            Array.Reverse(items);
            Refill(array, items);
            return array;
        }

        public static JArray Flat(JToken target, double? depth = null)
        {
            var result = new JArray();
            Flatten(ArrayOf(target, "flat"), depth.HasValue ? ToInteger(depth.Value) : 1, result);
            return result;
        }

        static void Flatten(JArray array, double depth, JArray into)
        {
            foreach (var item in array)
            {
                var inner = item as JArray;
                if (inner != null && depth >= 1) Flatten(inner, depth - 1, into);
                else into.Add(item);
            }
        }

        public static JArray FlatMap(JToken target, Func<JToken, double, JToken> f)
        {
            var result = new JArray();
            Flatten(Map(target, f), 1, result);
            return result;
        }

        public static JToken Fill(JToken target, JToken value, double? start = null, double? end = null)
        {
            var array = ArrayOf(target, "fill");
            for (int i = Relative(start, array.Count, 0), to = Relative(end, array.Count, array.Count); i < to; i++) PutElement(array, i, value ?? JValue.CreateUndefined());
            return array;
        }

        /** Array.from: an array (copied), a string (its code points), or an array-like { length: n }. */
        public static JArray From(JToken source, Func<JToken, double, JToken> f = null)
        {
            var items = new List<JToken>();
            var obj = source as JObject;
            if (obj != null)
            {
                // An array-like: items 0 … length - 1, undefined where missing.
                var length = ToInteger(ToNumber(Get(obj, "length")));
                for (var i = 0; i < length; i++) items.Add(Get(obj, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (!IsNullish(source) && (source is JArray || source.Type == JTokenType.String || (source as JValue)?.Value is IJsIterable)) items.AddRange(Iterate(source, null));
            else if (IsNullish(source)) throw new JsError(Describe(source) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
            var result = new JArray();
            for (var i = 0; i < items.Count; i++) result.Add((f == null ? items[i] : f(Elem(items[i]), i)) ?? JValue.CreateUndefined());
            return result;
        }

        /** entries(), keys() and values(), collected. */
        public static JArray ArrayEntries(JToken target)
        {
            var array = ArrayOf(target, "entries");
            var result = new JArray();
            for (var i = 0; i < array.Count; i++) result.Add(new JArray((double)i, array[i]));
            return result;
        }

        public static JArray ArrayKeys(JToken target)
        {
            var array = ArrayOf(target, "keys");
            var result = new JArray();
            for (var i = 0; i < array.Count; i++) result.Add((double)i);
            return result;
        }
    }
