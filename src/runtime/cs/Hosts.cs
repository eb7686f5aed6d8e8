// csxc-feature: Hosts
// csxc-needs: Values, Operators, Promises
    // Values that are not JSON (a Res, a Req, a promise) held in JSON arrays and objects, so that
    // `[res, true]`, `{ res, fellBack }`, `Promise.all([...sends])` and `pages.find(...)` are ordinary
    // JSON operations. Such a value is a JRaw whose Value is the C# object: Newtonsoft copies a token
    // added to a second parent, and the copy keeps the same object, as JS keeps one reference.
    static partial class Js
    {
        public static JToken Host(object value) { return value == null ? null : new JRaw(value); }

        /** A promise held in JSON, as a task of JSON (the value it gives is hosted in turn). */
        public static JToken HostTask<T>(Task<T> task) { return task == null ? null : new JRaw(HostedResult(task)); }

        public static JToken HostTask(Task task) { return task == null ? null : new JRaw(AsJson(task)); }

        static async Task<JToken> HostedResult<T>(Task<T> task)
        {
            object value = await task.ConfigureAwait(false);
            return ToHostedJson(value);
        }

        /** A C# value as JSON: JSON as is, a primitive boxed, anything else hosted. */
        static JToken ToHostedJson(object value)
        {
            if (value == null || value is JToken) return (JToken)value;
            if (value is string) return new JValue((string)value);
            if (value is double) return new JValue((double)value);
            if (value is bool) return new JValue((bool)value);
            return new JRaw(value);
        }

        public static bool IsHost(JToken value) { return value != null && value.Type == JTokenType.Raw && !(((JValue)value).Value is string); }

        /** The object a hosted value holds; undefined and null stay C# null. */
        public static T Unhost<T>(JToken value) where T : class
        {
            if (IsNullish(value)) return null;
            var held = IsHost(value) ? ((JValue)value).Value as T : null;
            if (held == null) throw new JsError("expected " + typeof(T).Name + " but found " + TypeOfValue(value));
            return held;
        }

        /** The object whose member is read next: reading a member of undefined or null throws V8's TypeError. */
        public static T UnhostFor<T>(JToken value, string member) where T : class
        {
            if (IsNullish(value)) throw new JsError("Cannot read properties of " + Describe(value) + " (reading '" + member + "')");
            return Unhost<T>(value);
        }

        /** Promise.all over an array of promises held in JSON (or of values, which are taken as they are). */
        public static Task<JToken> AllOf(JToken items)
        {
            var tasks = new List<Task<JToken>>();
            foreach (var item in Items(items))
            {
                var task = IsHost(item) ? ((JValue)item).Value as Task<JToken> : null;
                tasks.Add(task ?? Task.FromResult(item));
            }
            return All(tasks.ToArray());
        }
    }
