// csxc-feature: Json
// csxc-needs: Number, Errors
    /** A JavaScript Error: what `new Error(message)` and the built-ins throw. */
    public class JsError : Exception
    {
        public JsError(string message) : base(message ?? "") { }
    }

    // JSON.parse and JSON.stringify, written out rather than left to Newtonsoft's reader and writer,
    // which accept more than JSON (comments, single quotes, NaN) and write other number forms and
    // escapes. Objects are read and written in JS's key order: keys that are array indexes first,
    // ascending, then the others in the order they were added.
    static partial class Js
    {
        public static JToken ParseJson(string text)
        {
            if (text == null) throw new JsError(MsgJsonParse);
            var at = 0;
            var open = new Stack<JContainer>();
            var keys = new Stack<string>();
            while (true)
            {
                // A value, or the start of an array or object whose first value comes next.
                JToken value;
                var c = NextJsonChar(text, ref at);
                if (c == '[' || c == '{')
                {
                    at++;
                    var close = c == '[' ? ']' : '}';
                    if (NextJsonChar(text, ref at) == close)
                    {
                        at++;
                        value = c == '[' ? (JToken)new JArray() : new JObject();
                    }
                    else
                    {
                        open.Push(c == '[' ? (JContainer)new JArray() : new JObject());
                        if (c == '{') keys.Push(ReadJsonKey(text, ref at));
                        continue;
                    }
                }
                else value = ReadJsonScalar(text, ref at);
                // Put the value in its container; close the containers that end here.
                while (true)
                {
                    if (open.Count == 0)
                    {
                        if (NextJsonChar(text, ref at) != '\0' || at < text.Length) throw new JsError(MsgJsonParse);
                        return value;
                    }
                    var container = open.Peek();
                    var obj = container as JObject;
                    if (obj != null) obj[keys.Pop()] = value;
                    else container.Add(value);
                    var next = NextJsonChar(text, ref at);
                    at++;
                    if (next == ',')
                    {
                        if (obj != null) keys.Push(ReadJsonKey(text, ref at));
                        break;
                    }
                    if (next != (obj != null ? '}' : ']')) throw new JsError(MsgJsonParse);
                    value = open.Pop();
                }
            }
        }

        /** Skips JSON's white space; the character there, or '\0' at the end of the text. */
        static char NextJsonChar(string text, ref int at)
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) at++;
            return at < text.Length ? text[at] : '\0';
        }

        /** `"key" :` */
        static string ReadJsonKey(string text, ref int at)
        {
            if (NextJsonChar(text, ref at) != '"') throw new JsError(MsgJsonParse);
            var key = ReadJsonString(text, ref at);
            if (NextJsonChar(text, ref at) != ':') throw new JsError(MsgJsonParse);
            at++;
            return key;
        }

        static JToken ReadJsonScalar(string text, ref int at)
        {
            var c = at < text.Length ? text[at] : '\0';
            if (c == '"') return new JValue(ReadJsonString(text, ref at));
            foreach (var word in new[] { "true", "false", "null" })
            {
                if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0) continue;
                at += word.Length;
                return word == "null" ? JValue.CreateNull() : new JValue(word == "true");
            }
            // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
            var start = at;
            if (c == '-') at++;
            var digits = SkipJsonDigits(text, ref at);
            if (digits == 0 || (digits > 1 && text[at - digits] == '0')) throw new JsError(MsgJsonParse);
            if (at < text.Length && text[at] == '.')
            {
                at++;
                if (SkipJsonDigits(text, ref at) == 0) throw new JsError(MsgJsonParse);
            }
            if (at < text.Length && (text[at] == 'e' || text[at] == 'E'))
            {
                at++;
                if (at < text.Length && (text[at] == '+' || text[at] == '-')) at++;
                if (SkipJsonDigits(text, ref at) == 0) throw new JsError(MsgJsonParse);
            }
            return new JValue(DecimalToDouble(text.Substring(start, at - start)));
        }

        static int SkipJsonDigits(string text, ref int at)
        {
            var start = at;
            while (at < text.Length && text[at] >= '0' && text[at] <= '9') at++;
            return at - start;
        }

        /** The string literal at `at` (its opening quote). */
        static string ReadJsonString(string text, ref int at)
        {
            var result = new StringBuilder();
            for (at++; ; at++)
            {
                if (at >= text.Length || text[at] < ' ') throw new JsError(MsgJsonParse);
                var c = text[at];
                if (c == '"') break;
                if (c != '\\') { result.Append(c); continue; }
                var escape = ++at < text.Length ? text[at] : '\0';
                var simple = escape == 'b' ? '\b' : escape == 'f' ? '\f' : escape == 'n' ? '\n' : escape == 'r' ? '\r' : escape == 't' ? '\t' : escape;
                if (simple != escape || escape == '"' || escape == '\\' || escape == '/') { result.Append(simple); continue; }
                if (escape != 'u' || at + 4 >= text.Length) throw new JsError(MsgJsonParse);
                var code = 0;
                for (var i = 1; i <= 4; i++)
                {
                    var h = text[at + i];
                    var digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (digit < 0) throw new JsError(MsgJsonParse);
                    code = code * 16 + digit;
                }
                result.Append((char)code);
                at += 4;
            }
            at++;
            return result.ToString();
        }

        /** JSON.stringify(value): C# null (undefined) gives null, as JS gives undefined. */
        public static string Stringify(JToken value) { return StringifyJson(value, "", false); }

        /**
         * JSON.stringify(value, null, spaces): up to 10 spaces of indent. As in V8 (not the
         * specification), any spaces above 0 lay the value out on lines, 0.5 with an empty indent.
         */
        public static string Stringify(JToken value, double spaces)
        {
            return StringifyJson(value, new string(' ', spaces >= 1 ? (int)Math.Min(10, spaces) : 0), spaces > 0);
        }

        /** JSON.stringify(value, null, indent): the first 10 characters of indent. */
        public static string Stringify(JToken value, string indent)
        {
            var gap = indent == null ? "" : indent.Length > 10 ? indent.Substring(0, 10) : indent;
            return StringifyJson(value, gap, gap.Length > 0);
        }

        static string StringifyJson(JToken value, string gap, bool lines)
        {
            if (IsUndefinedJson(value)) return null;
            var into = new StringBuilder();
            // The arrays and objects being written, innermost on top: a loop, not recursion, so
            // that no depth of nesting can overflow the stack.
            var open = new Stack<JsonLevel>();
            var newline = "\n";
            while (value != null)
            {
                var array = value as JArray;
                if (array == null && !(value is JObject)) AppendJsonScalar(into, value);
                else
                {
                    into.Append(array != null ? '[' : '{');
                    var items = array != null ? array.Select(item => new KeyValuePair<string, JToken>(null, item)) : OrderedProperties((JObject)value);
                    open.Push(new JsonLevel { Items = items.GetEnumerator(), Close = array != null ? ']' : '}', Newline = newline });
                }
                // The next value to write: the next item of the innermost container; the finished ones close.
                value = null;
                while (value == null && open.Count > 0)
                {
                    var level = open.Peek();
                    if (!level.Items.MoveNext())
                    {
                        if (level.Count > 0 && lines) into.Append(level.Newline);
                        into.Append(level.Close);
                        open.Pop();
                        continue;
                    }
                    var item = level.Items.Current;
                    if (item.Key != null && IsUndefinedJson(item.Value)) continue;
                    if (level.Count++ > 0) into.Append(',');
                    newline = level.Newline + gap;
                    if (lines) into.Append(newline);
                    if (item.Key != null) into.Append(QuoteJson(item.Key)).Append(lines ? ": " : ":");
                    if (IsUndefinedJson(item.Value)) into.Append("null");
                    else value = item.Value;
                }
            }
            return into.ToString();
        }

        sealed class JsonLevel
        {
            public IEnumerator<KeyValuePair<string, JToken>> Items;
            public char Close;
            /** "\n" and the indent of the container's own line. */
            public string Newline;
            public int Count;
        }

        static bool IsUndefinedJson(JToken value) { return value == null || value.Type == JTokenType.Undefined; }

        static void AppendJsonScalar(StringBuilder into, JToken value)
        {
            switch (value.Type)
            {
                case JTokenType.Null: into.Append("null"); return;
                case JTokenType.Boolean: into.Append((bool)value ? "true" : "false"); return;
                case JTokenType.Integer:
                case JTokenType.Float:
                    var d = (double)value;
                    into.Append(double.IsNaN(d) || double.IsInfinity(d) ? "null" : NumberToString(d));
                    return;
                default: into.Append(QuoteJson((string)value)); return;
            }
        }

        /** A JSON string literal as JSON.stringify writes it: lone surrogates escaped, U+2028/9 not. */
        public static string QuoteJson(string s)
        {
            var into = new StringBuilder(s.Length + 2).Append('"');
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                var simple = c == '\b' ? 'b' : c == '\f' ? 'f' : c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\t' ? 't' : c == '"' || c == '\\' ? c : '\0';
                if (simple != '\0') into.Append('\\').Append(simple);
                else if (c < ' ' || (char.IsHighSurrogate(c) && !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
                    || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(s[i - 1]))))
                    into.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                else into.Append(c);
            }
            return into.Append('"').ToString();
        }

        /** An object's properties in JS's order: array-index keys ascending, then the others as added. */
        public static IEnumerable<KeyValuePair<string, JToken>> OrderedProperties(JObject obj)
        {
            var pairs = obj.Properties().Select(p => new KeyValuePair<string, JToken>(p.Name, p.Value)).ToList();
            if (!pairs.Any(p => ArrayIndexValue(p.Key) >= 0)) return pairs;
            return pairs.Where(p => ArrayIndexValue(p.Key) >= 0).OrderBy(p => ArrayIndexValue(p.Key))
                .Concat(pairs.Where(p => ArrayIndexValue(p.Key) < 0)).ToList();
        }

        /** The key as an array index (canonical digits, up to 2^32 - 2), or -1. */
        public static long ArrayIndexValue(string key)
        {
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0')) return -1;
            long value = 0;
            foreach (var c in key)
            {
                if (c < '0' || c > '9') return -1;
                value = value * 10 + (c - '0');
            }
            return value <= 4294967294L ? value : -1;
        }
    }
