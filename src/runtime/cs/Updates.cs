// csxc-feature: Updates
// csxc-needs: Values
    // Read-modify-write of a JSON property or element (`o.n += 1`, `o[k]++`, `o.x ??= v`): the target
    // and key are evaluated once, the old value is read before the right side runs, as in JS.
    static partial class Js
    {
        /** target[key] = change(target[key]); the new value. */
        public static JToken Update(JToken target, string key, Func<JToken, JToken> change)
        {
            return Set(target, key, change(Get(target, key)));
        }

        public static async Task<JToken> UpdateAsync(JToken target, string key, Func<JToken, Task<JToken>> change)
        {
            var old = Get(target, key);
            return Set(target, key, await change(old).ConfigureAwait(false));
        }

        /** target[key] += delta on a number (++ and --); returns the old value when postfix. */
        public static double Increment(JToken target, string key, double delta, bool postfix)
        {
            var old = Num(Get(target, key));
            Set(target, key, new JValue(old + delta));
            return postfix ? old : old + delta;
        }

        /** target[key] ??= / ||= / &&= value: assigns only when `when` holds for the old value. */
        public static JToken AssignIf(JToken target, string key, Func<JToken, bool> when, Func<JToken> value)
        {
            var old = Get(target, key);
            return when(old) ? Set(target, key, value()) : old;
        }

        public static async Task<JToken> AssignIfAsync(JToken target, string key, Func<JToken, bool> when, Func<Task<JToken>> value)
        {
            var old = Get(target, key);
            return when(old) ? Set(target, key, await value().ConfigureAwait(false)) : old;
        }

        public static bool Falsy(JToken value) { return !Truthy(value); }
    }
