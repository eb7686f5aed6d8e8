// csxc-feature: Json
// csxc-needs: Number
    /** A value held in JSON that JS iterates (a Map, a Set, their iterators: Collections.cs); Values.cs iterates it, stringify writes {}. */
    public interface IJsIterable
    {
        IEnumerable<JToken> Iterate();
    }

    /** A JavaScript Error: what `new Error(message)` and the built-ins throw. */
    public class JsError : Exception
    {
        /** An error the runtime raises: its JS class follows from V8's message (Js.ErrorName). */
        public JsError(string message) : base(message ?? "") { }

        /** `new TypeError(message)` and the like in the author's code: the class is the one written. */
        public JsError(string message, string name) : base(message ?? "") { Name = name; }

        /** Error, TypeError, RangeError, SyntaxError or URIError when the author named it; else null. */
        public string Name { get; private set; }
    }

    // JSON.parse and JSON.stringify, written out rather than left to Newtonsoft's reader and writer,
    // which accept more than JSON (comments, single quotes, NaN) and write other number forms and
    // escapes. Objects are read and written in JS's key order: keys that are array indexes first,
    // ascending, then the others in the order they were added.
    static partial class Js
    {
        /**
         * JSON.parse(text): exactly the JSON that V8 accepts, and for any other text a SyntaxError with
         * V8's message (node 20, V8 11.3), so that a transform catching it reads the same `e.message`
         * on both sides. C# null is undefined, which JSON.parse reads as the text "undefined". A key
         * given twice keeps its first place and its last value, as in JS; "__proto__" is a plain key.
         */
        public static JToken ParseJson(string text)
        {
            if (text == null) text = "undefined";
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
                    if (NextJsonChar(text, ref at) == (c == '[' ? ']' : '}'))
                    {
                        at++;
                        value = c == '[' ? (JToken)new JArray() : new JObject();
                    }
                    else
                    {
                        open.Push(c == '[' ? (JContainer)new JArray() : new JObject());
                        if (c == '{') keys.Push(ReadJsonKey(text, ref at, true));
                        continue;
                    }
                }
                else if (c == '"') value = new JValue(ReadJsonString(text, ref at));
                else if (c == '-' || (c >= '0' && c <= '9')) value = ReadJsonNumber(text, ref at);
                else if (c == 't') value = ReadJsonWord(text, ref at, "true", new JValue(true));
                else if (c == 'f') value = ReadJsonWord(text, ref at, "false", new JValue(false));
                else if (c == 'n') value = ReadJsonWord(text, ref at, "null", JValue.CreateNull());
                else throw JsonUnexpected(text, at);
                // Put the value in its container; close the containers that end here.
                while (true)
                {
                    if (open.Count == 0)
                    {
                        NextJsonChar(text, ref at);
                        if (at < text.Length) throw new JsError("Unexpected non-whitespace character after JSON at position " + JsonPosition(at));
                        return value;
                    }
                    var container = open.Peek();
                    var obj = container as JObject;
                    if (obj != null) PutMember(obj, keys.Pop(), value);
                    else container.Add(value);
                    var next = NextJsonChar(text, ref at);
                    if (next == ',')
                    {
                        at++;
                        if (obj != null) keys.Push(ReadJsonKey(text, ref at, false));
                        break;
                    }
                    if (next != (obj != null ? '}' : ']'))
                        throw JsonSyntax(obj != null ? "Expected ',' or '}' after property value" : "Expected ',' or ']' after array element", at);
                    at++;
                    value = open.Pop();
                }
            }
        }

        /**
         * obj[key] = value, a repeated key keeping its place. Not through the indexer or
         * JProperty.Value, which keep the old value when Newtonsoft deems the two equal (0 and -0,
         * doubles within about 2e-15 of each other).
         */
        public static void PutMember(JObject obj, string key, JToken value)
        {
            var existing = obj.Property(key, StringComparison.Ordinal);
            if (existing == null) obj.Add(key, value);
            else existing.Replace(new JProperty(key, value));
        }

        /** array[index] = value, for the same reason not through the indexer (Replace uses it too). */
        public static void PutElement(JArray array, int index, JToken value)
        {
            array.RemoveAt(index);
            array.Insert(index, value);
        }

        /** Skips JSON's white space; the character there, or '\0' at the end of the text. */
        static char NextJsonChar(string text, ref int at)
        {
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) at++;
            return at < text.Length ? text[at] : '\0';
        }

        /** V8's SyntaxError for a message that names the position: "… in JSON at position 4". */
        static JsError JsonSyntax(string message, int at) { return new JsError(message + " in JSON at position " + JsonPosition(at)); }

        static string JsonPosition(int at) { return at.ToString(System.Globalization.CultureInfo.InvariantCulture); }

        /**
         * V8's SyntaxError for a character that cannot start or continue what is there: by its kind
         * (the end, a string, a number), or the character itself with the text, or with up to 10
         * characters of the text on each side of it when the text has 21 characters or more.
         */
        static JsError JsonUnexpected(string text, int at)
        {
            if (at >= text.Length) return new JsError("Unexpected end of JSON input");
            var c = text[at];
            if (c == '"') return JsonSyntax("Unexpected string", at);
            if (c == '-' || (c >= '0' && c <= '9')) return JsonSyntax("Unexpected number", at);
            if (text == "undefined" || text == "NaN" || text == "Infinity" || text == "[object Object]") return new JsError("\"" + text + "\" is not valid JSON");
            var context = "\"" + text + "\"";
            if (text.Length > 20 && at < 10) context = "\"" + text.Substring(0, at + 10) + "\"...";
            else if (text.Length > 20 && at < text.Length - 10) context = "...\"" + text.Substring(at - 10, 20) + "\"...";
            else if (text.Length > 20) context = "...\"" + text.Substring(at - 10) + "\"";
            return new JsError("Unexpected token '" + c + "', " + context + " is not valid JSON");
        }

        /**
         * `"key" :`, after white space. V8 words the errors of an object's first key apart from those
         * of the keys after a comma, whose missing colon it reports as an unexpected character.
         */
        static string ReadJsonKey(string text, ref int at, bool first)
        {
            if (NextJsonChar(text, ref at) != '"') throw JsonSyntax(first ? "Expected property name or '}'" : "Expected double-quoted property name", at);
            var key = ReadJsonString(text, ref at);
            if (NextJsonChar(text, ref at) != ':') throw first ? JsonSyntax("Expected ':' after property name", at) : JsonUnexpected(text, at);
            at++;
            return key;
        }

        /** true, false or null; the first character has been seen. */
        static JToken ReadJsonWord(string text, ref int at, string word, JToken value)
        {
            if (at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                at += word.Length;
                return value;
            }
            for (var i = 1; i < word.Length && ++at < text.Length; i++)
                if (text[at] != word[i]) break;
            throw JsonUnexpected(text, at);
        }

        /** -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? as the nearest double. */
        static JToken ReadJsonNumber(string text, ref int at)
        {
            var start = at;
            if (text[at] == '-') at++;
            if (at < text.Length && text[at] == '0')
            {
                if (++at < text.Length && IsJsonDigit(text[at])) throw JsonSyntax("Unexpected number", at);
            }
            else if (SkipJsonDigits(text, ref at) == 0) throw JsonSyntax("No number after minus sign", at);
            if (at < text.Length && text[at] == '.')
            {
                at++;
                if (SkipJsonDigits(text, ref at) == 0) throw JsonSyntax("Unterminated fractional number", at);
            }
            if (at < text.Length && (text[at] == 'e' || text[at] == 'E'))
            {
                at++;
                if (at < text.Length && (text[at] == '+' || text[at] == '-')) at++;
                if (SkipJsonDigits(text, ref at) == 0) throw JsonSyntax("Exponent part is missing a number", at);
            }
            return new JValue(SmallDecimal(text, start, at) ?? DecimalToDouble(text.Substring(start, at - start)));
        }

        /**
         * A JSON number of at most 15 digits without exponent read in place: its digits make an exact
         * long m and m / 10^decimals rounds once, so correctly; null for the others.
         */
        static double? SmallDecimal(string text, int start, int end)
        {
            var negative = text[start] == '-';
            long m = 0;
            int digits = 0, decimals = -1;
            for (var i = negative ? start + 1 : start; i < end; i++)
            {
                var c = text[i];
                if (c == '.') { decimals = 0; continue; }
                if (c < '0' || c > '9' || ++digits > 15) return null;
                m = m * 10 + (c - '0');
                if (decimals >= 0) decimals++;
            }
            var value = decimals > 0 ? m / PowersOf10[decimals] : m;
            return negative ? -value : value;
        }

        static bool IsJsonDigit(char c) { return c >= '0' && c <= '9'; }

        static int SkipJsonDigits(string text, ref int at)
        {
            var start = at;
            while (at < text.Length && IsJsonDigit(text[at])) at++;
            return at - start;
        }

        /** The string literal at `at` (its opening quote). */
        static string ReadJsonString(string text, ref int at)
        {
            // Most strings have no escape: cut them out whole.
            for (var end = at + 1; end < text.Length; end++)
            {
                var c = text[end];
                if (c == '"')
                {
                    var plain = text.Substring(at + 1, end - at - 1);
                    at = end + 1;
                    return plain;
                }
                if (c == '\\' || c < ' ') break;
            }
            var result = new StringBuilder();
            for (at++; ; at++)
            {
                if (at >= text.Length) throw JsonSyntax("Unterminated string", at);
                var c = text[at];
                if (c == '"') break;
                if (c < ' ') throw JsonSyntax("Bad control character in string literal", at);
                if (c != '\\') { result.Append(c); continue; }
                if (++at >= text.Length || text[at] > '\u00ff') throw JsonUnexpected(text, at);
                var escape = text[at];
                var simple = escape == 'b' ? '\b' : escape == 'f' ? '\f' : escape == 'n' ? '\n' : escape == 'r' ? '\r' : escape == 't' ? '\t' : escape;
                if (simple != escape || escape == '"' || escape == '\\' || escape == '/') { result.Append(simple); continue; }
                if (escape != 'u') throw JsonSyntax("Bad escaped character", at);
                var code = 0;
                for (var i = 0; i < 4; i++)
                {
                    var h = ++at < text.Length ? text[at] : '\0';
                    var digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (digit < 0) throw JsonSyntax("Bad Unicode escape", at);
                    code = code * 16 + digit;
                }
                result.Append((char)code);
            }
            at++;
            return result.ToString();
        }

        /** JSON.stringify(value): C# null (undefined) gives null, as JS gives undefined. */
        public static string Stringify(JToken value) { return StringifyJson(value, "", false); }

        // JSON.stringify(value, null, space) is StringifyIndented (JsonIndent.cs), over StringifyJson.

        static string StringifyJson(JToken value, string gap, bool lines)
        {
            if (IsUndefinedJson(value)) return null;
            var into = new StringBuilder();
            // The arrays and objects being written, innermost last: a loop, not recursion, so that
            // no depth of nesting can overflow the stack.
            var open = new List<JsonLevel>();
            var newline = "\n";
            while (value != null)
            {
                var container = value is JArray || value is JObject ? (JContainer)value : null;
                if (container == null) AppendJsonScalar(into, value);
                else
                {
                    var obj = container as JObject;
                    into.Append(obj == null ? '[' : '{');
                    open.Add(new JsonLevel
                    {
                        Items = container,
                        Ordered = obj != null && HasIndexKey(obj) ? OrderedProperties(obj).ToList() : null,
                        Close = obj == null ? ']' : '}',
                        Newline = newline,
                    });
                }
                // The next value to write: the next item of the innermost container; the finished ones close.
                value = null;
                while (value == null && open.Count > 0)
                {
                    var top = open.Count - 1;
                    var level = open[top];
                    var count = level.Ordered != null ? level.Ordered.Count : level.Items.Count;
                    if (level.Next >= count)
                    {
                        if (level.Written > 0 && lines) into.Append(level.Newline);
                        into.Append(level.Close);
                        open.RemoveAt(top);
                        continue;
                    }
                    string key = null;
                    JToken item;
                    if (level.Ordered != null) { key = level.Ordered[level.Next].Key; item = level.Ordered[level.Next].Value; }
                    else
                    {
                        item = ((IList<JToken>)level.Items)[level.Next];
                        var property = item as JProperty;
                        if (property != null) { key = property.Name; item = property.Value; }
                    }
                    level.Next++;
                    open[top] = level;
                    if (key != null && IsUndefinedJson(item)) continue;
                    if (level.Written > 0) into.Append(',');
                    level.Written++;
                    open[top] = level;
                    newline = level.Newline + gap;
                    if (lines) into.Append(newline);
                    if (key != null) AppendQuotedJson(into, key).Append(lines ? ": " : ":");
                    if (IsUndefinedJson(item)) into.Append("null");
                    else value = item;
                }
            }
            return into.ToString();
        }

        struct JsonLevel
        {
            /** The array, or the object whose properties are written in their order. */
            public JContainer Items;
            /** An object's properties in JS's order, when some keys are array indexes. */
            public List<KeyValuePair<string, JToken>> Ordered;
            public int Next;
            public int Written;
            public char Close;
            /** "\n" and the indent of the container's own line. */
            public string Newline;
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
                    if (double.IsNaN(d) || double.IsInfinity(d)) into.Append("null");
                    else if (d > -1e15 && d < 1e15 && d == Math.Floor(d) && d != 0) AppendInteger(into, (long)d);
                    else into.Append(NumberToString(d));
                    return;
                // A Map, Set or iterator (Collections.cs) has no own enumerable property: JS writes {}.
                case JTokenType.Raw:
                    if (((JValue)value).Value is IJsIterable) { into.Append("{}"); return; }
                    throw new JsError("csxc: a Res, Req or promise cannot be written as JSON; write the fields you need");
                default: AppendQuotedJson(into, (string)value); return;
            }
        }

        /** A whole number's digits, written without the string that long.ToString would make. */
        static void AppendInteger(StringBuilder into, long n)
        {
            if (n < 0) { into.Append('-'); n = -n; }
            var start = into.Length;
            do { into.Append((char)('0' + n % 10)); n /= 10; } while (n > 0);
            for (int i = start, j = into.Length - 1; i < j; i++, j--)
            {
                var c = into[i];
                into[i] = into[j];
                into[j] = c;
            }
        }

        /** A JSON string literal as JSON.stringify writes it: lone surrogates escaped, U+2028/9 not. */
        public static string QuoteJson(string s) { return AppendQuotedJson(new StringBuilder(s.Length + 2), s).ToString(); }

        static StringBuilder AppendQuotedJson(StringBuilder into, string s)
        {
            var plain = true;
            foreach (var c in s)
                if (c < ' ' || c == '"' || c == '\\' || (c >= '\uD800' && c <= '\uDFFF')) { plain = false; break; }
            if (plain) return into.Append('"').Append(s).Append('"');
            into.Append('"');
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
            return into.Append('"');
        }

        static bool HasIndexKey(JObject obj)
        {
            foreach (var property in obj.Properties()) if (ArrayIndexValue(property.Name) >= 0) return true;
            return false;
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
