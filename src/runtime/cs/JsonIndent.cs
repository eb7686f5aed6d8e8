// csxc-feature: JsonIndent
// csxc-needs: Json
    // JSON.stringify(value, null, space): the layout is Js.Stringify's own (StringifyJson in
    // Json.cs, which also drops undefined members and writes undefined items as null); here only
    // the indent `space` asks for.
    static partial class Js
    {
        /**
         * The indent that `space` asks for: up to 10 spaces, or the first 10 characters of a string;
         * null for none. As in V8 (not the specification), a number between 0 and 1 lays the value
         * out on lines with an empty indent ("").
         */
        public static string Gap(double space)
        {
            if (!(space > 0)) return null;
            return new string(' ', space >= 1 ? (int)Math.Min(10, space) : 0);
        }
        public static string Gap(string space) { return string.IsNullOrEmpty(space) ? null : space.Length > 10 ? space.Substring(0, 10) : space; }
        public static string Gap(JToken space)
        {
            if (space != null && (space.Type == JTokenType.Integer || space.Type == JTokenType.Float)) return Gap((double)space);
            return space != null && space.Type == JTokenType.String ? Gap((string)space) : null;
        }

        public static string StringifyIndented(JToken value, string gap)
        {
            return gap == null ? Stringify(value) : StringifyJson(value, gap, true);
        }
    }
