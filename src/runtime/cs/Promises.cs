// csxc-feature: Promises
// csxc-needs: Values
    // Promise.all: the tasks run together, as promises do; the results come back in order, as JSON.
    static partial class Js
    {
        public static async Task<JToken> All(params Task<JToken>[] tasks)
        {
            var results = await Task.WhenAll(tasks).ConfigureAwait(false);
            var array = new JArray();
            foreach (var result in results) array.Add(result ?? JValue.CreateUndefined());
            return array;
        }

        /** A task of a string, number, boolean or JSON value, as a task of JSON. */
        public static async Task<JToken> AsJson<T>(Task<T> task)
        {
            object value = await task.ConfigureAwait(false);
            if (value == null || value is JToken) return (JToken)value;
            if (value is string) return new JValue((string)value);
            if (value is double) return new JValue((double)value);
            if (value is bool) return new JValue((bool)value);
            // A Res or Req: held in the array as Hosts.cs holds it.
            return new JRaw(value);
        }

        /** A task without a value: undefined. */
        public static async Task<JToken> AsJson(Task task)
        {
            await task.ConfigureAwait(false);
            return null;
        }

        /** arr.map(async …) inside Promise.all: every call starts before any is awaited. */
        public static Task<JToken>[] MapTasks<T>(JToken target, Func<JToken, double, Task<T>> f)
        {
            var array = (JArray)target;
            var tasks = new Task<JToken>[array.Count];
            for (var i = 0; i < tasks.Length; i++) tasks[i] = AsJson(f(Elem(array[i]), i));
            return tasks;
        }

        public static Task<JToken>[] MapTasks(JToken target, Func<JToken, double, Task> f)
        {
            var array = (JArray)target;
            var tasks = new Task<JToken>[array.Count];
            for (var i = 0; i < tasks.Length; i++) tasks[i] = AsJson(f(Elem(array[i]), i));
            return tasks;
        }
    }
