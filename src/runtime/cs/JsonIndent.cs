// csxc-feature: JsonIndent
// csxc-needs: Values, Objects, Indexes
    // JSON.stringify(value, null, space): JS's layout (one item per line, "key": value, empty
    // containers as [] and {}); the values themselves are written by Js.Stringify.
    static partial class Js
    {
        /** The indent that `space` asks for: up to 10 spaces, or the first 10 characters of a string. */
        public static string Gap(double space) { return new string(' ', (int)Math.Max(0, Math.Min(10, ToInteger(space)))); }
        public static string Gap(string space) { return space == null ? "" : space.Length > 10 ? space.Substring(0, 10) : space; }
        public static string Gap(JToken space)
        {
            if (space != null && (space.Type == JTokenType.Integer || space.Type == JTokenType.Float)) return Gap((double)space);
            return space != null && space.Type == JTokenType.String ? Gap((string)space) : "";
        }

        public static string StringifyIndented(JToken value, string gap)
        {
            if (gap.Length == 0) return Stringify(value);
            var result = new StringBuilder();
            WriteIndented(value, gap, "", result);
            return result.ToString();
        }

        static void WriteIndented(JToken value, string gap, string indent, StringBuilder into)
        {
            var inner = indent + gap;
            var array = value as JArray;
            var obj = value as JObject;
            if (array != null && array.Count > 0)
            {
                into.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    into.Append(inner);
                    WriteIndented(array[i], gap, inner, into);
                    into.Append(i + 1 < array.Count ? ",\n" : "\n");
                }
                into.Append(indent).Append(']');
            }
            else if (obj != null && obj.Count > 0)
            {
                into.Append("{\n");
                var first = true;
                foreach (var key in OwnKeys(obj, "stringify"))
                {
                    if (!first) into.Append(",\n");
                    first = false;
                    into.Append(inner).Append(Stringify(new JValue(key))).Append(": ");
                    WriteIndented(obj[key], gap, inner, into);
                }
                into.Append('\n').Append(indent).Append('}');
            }
            else into.Append(Stringify(value));
        }
    }
