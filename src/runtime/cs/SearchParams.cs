// csxc-feature: SearchParams
// csxc-needs: Json, Utf8, Values
    /**
     * searchParams(init) of "csxc" (helpers.ts), `new URLSearchParams(init)` and a URL's
     * searchParams: WHATWG's URLSearchParams as node implements it, the
     * application/x-www-form-urlencoded parser and serializer written out byte for byte.
     */
    public sealed class CsxSearchParams
    {
        readonly List<KeyValuePair<string, string>> pairs = new List<KeyValuePair<string, string>>();

        /** Set by the URL this belongs to: told the serialized pairs after every change. */
        internal Action<string> Changed;

        /** A copy of another's pairs. */
        public static CsxSearchParams From(CsxSearchParams init)
        {
            var result = new CsxSearchParams();
            if (init != null) result.pairs.AddRange(init.pairs);
            return result;
        }

        /**
         * From text (a leading "?" skipped), from a record of names and values, in JS key order, or
         * from [name, value] pairs.
         */
        public static CsxSearchParams From(JToken init)
        {
            var result = new CsxSearchParams();
            var list = init as JArray;
            if (list != null)
            {
                foreach (var item in list)
                {
                    var pair = item as JArray;
                    if (pair == null || pair.Count != 2) throw new JsError("Each query pair must be an iterable [name, value] tuple");
                    result.pairs.Add(new KeyValuePair<string, string>(Wellformed(Js.Str(pair[0])), Wellformed(Js.Str(pair[1]))));
                }
                return result;
            }
            var record = init as JObject;
            if (record != null)
            {
                foreach (var p in Js.OrderedProperties(record)) result.pairs.Add(new KeyValuePair<string, string>(Wellformed(p.Key), Wellformed(Js.Str(p.Value))));
                return result;
            }
            // An undefined init makes no pairs, as in JS: a C# null string arrives as a JValue holding null.
            var text = init == null || init.Type == JTokenType.Null || init.Type == JTokenType.Undefined || (init is JValue && ((JValue)init).Value == null) ? "" : Js.Str(init);
            if (text.StartsWith("?", StringComparison.Ordinal)) text = text.Substring(1);
            result.Parse(text);
            return result;
        }

        /** A URL's query was set: its pairs replace these (null: no query). */
        internal void Replace(string query)
        {
            pairs.Clear();
            if (query != null) Parse(query);
        }

        void Parse(string text)
        {
            foreach (var sequence in text.Split('&'))
            {
                if (sequence.Length == 0) continue;
                var eq = sequence.IndexOf('=');
                var name = eq >= 0 ? sequence.Substring(0, eq) : sequence;
                var value = eq >= 0 ? sequence.Substring(eq + 1) : "";
                pairs.Add(new KeyValuePair<string, string>(Decode(name), Decode(value)));
            }
        }

        void Update() { if (Changed != null) Changed(ToString()); }

        public double Size { get { return pairs.Count; } }

        public string Get(string name)
        {
            foreach (var p in pairs) if (p.Key == name) return p.Value;
            return null;
        }

        public JArray GetAll(string name) { return new JArray(pairs.Where(p => p.Key == name).Select(p => new JValue(p.Value))); }

        public bool Has(string name) { return pairs.Any(p => p.Key == name); }

        public void Set(string name, string value)
        {
            var fresh = new KeyValuePair<string, string>(Wellformed(name), Wellformed(value));
            var at = pairs.FindIndex(p => p.Key == fresh.Key);
            if (at < 0) pairs.Add(fresh);
            else
            {
                pairs[at] = fresh;
                for (var i = pairs.Count - 1; i > at; i--) if (pairs[i].Key == fresh.Key) pairs.RemoveAt(i);
            }
            Update();
        }

        public void Append(string name, string value)
        {
            pairs.Add(new KeyValuePair<string, string>(Wellformed(name), Wellformed(value)));
            Update();
        }

        public void Delete(string name)
        {
            var wanted = Wellformed(name);
            pairs.RemoveAll(p => p.Key == wanted);
            Update();
        }

        /** Stable, by UTF-16 code units. */
        public void Sort()
        {
            var sorted = pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            pairs.Clear();
            pairs.AddRange(sorted);
            Update();
        }

        public JArray Entries() { return new JArray(pairs.Select(p => new JArray(p.Key, p.Value))); }

        public JArray Keys() { return new JArray(pairs.Select(p => p.Key)); }

        public JArray Values() { return new JArray(pairs.Select(p => p.Value)); }

        /** callback(value, name) for each pair, over a copy (as Headers.ForEach). */
        public void ForEach(Action<string, string> callback)
        {
            foreach (var pair in pairs.ToList()) callback(pair.Value, pair.Key);
        }

        public override string ToString() { return string.Join("&", pairs.Select(p => Encode(p.Key) + "=" + Encode(p.Value))); }

        /** A string as a USVString: lone surrogates become U+FFFD, as JS does to URLSearchParams' arguments. */
        static string Wellformed(string text) { return CsxUtf8.Decode(CsxUtf8.Encode(text)); }

        /** "+" as a space, %XX as its byte (other "%" as written), the bytes read as UTF-8. */
        static string Decode(string text)
        {
            var bytes = CsxUtf8.Encode(text.Replace('+', ' '));
            var output = new List<byte>(bytes.Length);
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
                {
                    output.Add((byte)(HexValue(bytes[i + 1]) * 16 + HexValue(bytes[i + 2])));
                    i += 2;
                }
                else output.Add(bytes[i]);
            }
            return CsxUtf8.Decode(output.ToArray());
        }

        /** Only A-Z a-z 0-9 * - . _ as they are, a space as "+", every other byte as upper-case %XX. */
        static string Encode(string text)
        {
            var output = new StringBuilder();
            foreach (var b in CsxUtf8.Encode(text))
            {
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '*' || b == '-' || b == '.' || b == '_') output.Append((char)b);
                else if (b == ' ') output.Append('+');
                else output.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }
            return output.ToString();
        }

        static bool IsHex(byte b) { return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F'); }

        static int HexValue(byte b) { return b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10; }
    }
