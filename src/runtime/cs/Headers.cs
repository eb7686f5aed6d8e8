// csxc-feature: Headers
// csxc-needs: Json, Errors
    /** Req.headers and Res.headers: ordered (name, value) pairs, names compared case-insensitively. */
    public sealed class CsxHeaders
    {
        public readonly List<KeyValuePair<string, string>> Pairs;

        public CsxHeaders(IEnumerable<KeyValuePair<string, string>> pairs) { Pairs = new List<KeyValuePair<string, string>>(pairs); }

        /** The values of `name` joined with ", "; null when absent. */
        public string Get(string name)
        {
            var wanted = LowerName(name);
            var values = Pairs.Where(p => LowerName(p.Key) == wanted).Select(p => p.Value).ToList();
            return values.Count == 0 ? null : string.Join(", ", values);
        }

        public void Set(string name, string value)
        {
            if (!IsToken(name) || value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0) throw new JsError(Js.MsgBadHeader);
            Delete(name);
            Pairs.Add(new KeyValuePair<string, string>(name, value));
        }

        public void Delete(string name)
        {
            var wanted = LowerName(name);
            Pairs.RemoveAll(p => LowerName(p.Key) == wanted);
        }

        public bool Has(string name) { return Get(name) != null; }

        /** The pairs held, as [name, value] arrays; a copy, so deleting while looping over it is safe. */
        public JArray Entries() { return new JArray(Pairs.Select(p => new JArray(p.Key, p.Value))); }

        public JArray Keys() { return new JArray(Pairs.Select(p => p.Key)); }

        public void ForEach(Action<string, string> callback)
        {
            foreach (var pair in Pairs.ToList()) callback(pair.Value, pair.Key);
        }

        /** An HTTP token (RFC 9110): what header names and methods must be. */
        public static bool IsToken(string text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (var c in text)
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0)) return false;
            return true;
        }

        /**
         * name.toLowerCase() as far as comparing with a token goes: the names held are ASCII tokens,
         * and the only other character that JS lower-cases to ASCII is the Kelvin sign.
         */
        static string LowerName(string name)
        {
            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char)(chars[i] + 32);
                else if (chars[i] == '\u212A') chars[i] = 'k';
            }
            return new string(chars);
        }
    }
