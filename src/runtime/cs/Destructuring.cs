// csxc-feature: Destructuring
// csxc-needs: Values
    // Destructuring of JSON values: `const { a, ...rest } = obj`, `const [x, ...tail] = list`, with
    // V8's messages when the value cannot be destructured.
    static partial class Js
    {
        /** The check before `{ a } = value`: undefined and null cannot be destructured. */
        public static JToken Destructurable(JToken value, string firstKey, string text)
        {
            if (!IsNullish(value)) return value;
            var what = Describe(value);
            if (text == null) text = what == "undefined" ? "undefined" : "object null";
            if (firstKey == null) throw new JsError("Cannot destructure '" + text + "' as it is " + what + ".");
            throw new JsError("Cannot destructure property '" + firstKey + "' of '" + text + "' as it is " + what + ".");
        }

        /** The array that `[a, b] = value` reads: the value itself, or the code points of a string. */
        public static JArray Iterable(JToken value, string text)
        {
            var array = value as JArray;
            if (array != null) return array;
            return new JArray(Iterate(value, text).ToArray());
        }

        /** `...rest` of an object pattern: a new object with the other own properties, in order. */
        public static JObject RestOf(JToken value, params string[] taken)
        {
            var rest = new JObject();
            var obj = value as JObject;
            if (obj != null)
            {
                foreach (var property in obj.Properties())
                {
                    if (Array.IndexOf(taken, property.Name) < 0) rest[property.Name] = property.Value;
                }
            }
            else if (value is JArray || (value != null && value.Type == JTokenType.String))
            {
                var spread = Obj(Spread(value, null));
                foreach (var property in spread.Properties())
                {
                    if (Array.IndexOf(taken, property.Name) < 0) rest[property.Name] = property.Value;
                }
            }
            return rest;
        }

        /** `...tail` of an array pattern: the items from `start` on, in a new array. */
        public static JArray RestFrom(JArray array, int start)
        {
            var rest = new JArray();
            for (var i = start; i < array.Count; i++) rest.Add(array[i]);
            return rest;
        }
    }
