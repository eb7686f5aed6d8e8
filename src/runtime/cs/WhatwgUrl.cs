// csxc-feature: WhatwgUrl
// csxc-needs: SearchParams, WhatwgHost, Utf8, Json, Errors
    /**
     * `new URL(url, base?)`: the WHATWG URL parser as node implements it, for http and https URLs
     * (the only schemes a connector sends to). Other schemes that node would parse throw
     * Js.MsgUrlScheme; text that is no URL throws node's "Invalid URL". The setters that take part of
     * a URL (pathname, search, hash) escape what the standard's state override would keep from
     * ending the part, and parse the whole URL again.
     */
    public sealed class CsxWhatwgUrl
    {
        string scheme = "", username = "", password = "", host, query, fragment;
        int? port;
        List<string> path = new List<string>();
        CsxSearchParams searchParams;

        CsxWhatwgUrl() { }

        public CsxWhatwgUrl(string url, string baseUrl)
        {
            CsxWhatwgUrl parent = null;
            if (baseUrl != null && (parent = Parse(baseUrl, null)) == null) throw Invalid();
            var parsed = Parse(url, parent);
            if (parsed == null) throw Invalid();
            Take(parsed);
        }

        static Exception Invalid() { return new JsError("Invalid URL"); }

        void Take(CsxWhatwgUrl other)
        {
            scheme = other.scheme; username = other.username; password = other.password; host = other.host;
            port = other.port; path = other.path; query = other.query; fragment = other.fragment;
            if (searchParams != null) searchParams.Replace(query);
        }

        /** The URL parsed again from text built out of its parts; a part that would not parse leaves it as it was. */
        void Reparse(string href)
        {
            var parsed = Parse(href, null);
            if (parsed != null) Take(parsed);
        }

        public string Href
        {
            get { return ToString(); }
            set
            {
                var parsed = Parse(value, null);
                if (parsed == null) throw Invalid();
                Take(parsed);
            }
        }

        public string Origin { get { return scheme + "://" + Host; } }

        public string Protocol
        {
            get { return scheme + ":"; }
            set
            {
                var text = Strip(value);
                var colon = text.IndexOf(':');
                var wanted = (colon >= 0 ? text.Substring(0, colon) : text).ToLowerInvariant();
                if (wanted == "http" || wanted == "https")
                {
                    scheme = wanted;
                    if (port == DefaultPort(scheme)) port = null;
                }
                else if (wanted == "ftp" || wanted == "ws" || wanted == "wss" || wanted == "file") throw new JsError(Js.MsgUrlScheme);
            }
        }

        public string Username { get { return username; } }

        public string Password { get { return password; } }

        public string Host
        {
            get { return host + (port == null ? "" : ":" + port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
            set { SetHost(Strip(value), true); }
        }

        public string Hostname
        {
            get { return host; }
            set { SetHost(Strip(value), false); }
        }

        public string Port
        {
            get { return port == null ? "" : port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture); }
            set
            {
                var text = Strip(value);
                if (text.Length == 0) { port = null; return; }
                SetPort(text);
            }
        }

        public string Pathname
        {
            get { return path.Count == 0 ? "" : "/" + string.Join("/", path); }
            set
            {
                var text = Escape(Strip(value), "?#");
                Reparse(Prefix() + (text.StartsWith("/", StringComparison.Ordinal) || text.StartsWith("\\", StringComparison.Ordinal) ? text : "/" + text) + Tail());
            }
        }

        public string Search
        {
            get { return string.IsNullOrEmpty(query) ? "" : "?" + query; }
            set
            {
                var text = Strip(value);
                if (text.Length == 0) { query = null; if (searchParams != null) searchParams.Replace(null); return; }
                if (text[0] == '?') text = text.Substring(1);
                Reparse(Prefix() + Pathname + "?" + Escape(text, "#") + (fragment == null ? "" : "#" + fragment));
            }
        }

        public string Hash
        {
            get { return string.IsNullOrEmpty(fragment) ? "" : "#" + fragment; }
            set
            {
                var text = Strip(value);
                if (text.Length == 0) { fragment = null; return; }
                if (text[0] == '#') text = text.Substring(1);
                Reparse(Prefix() + Pathname + (query == null ? "" : "?" + query) + "#" + Escape(text, ""));
            }
        }

        /** The one URLSearchParams of this URL: changing it rewrites the query, changing the query refills it. */
        public CsxSearchParams SearchParams
        {
            get
            {
                if (searchParams == null)
                {
                    searchParams = CsxSearchParams.From(query ?? "");
                    searchParams.Changed = serialized => query = serialized.Length == 0 ? null : serialized;
                }
                return searchParams;
            }
        }

        /** An empty query or fragment is written as a bare "?" or "#", unlike search and hash. */
        public override string ToString() { return Prefix() + Pathname + Tail(); }

        string Tail() { return (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment); }

        public string ToJSON() { return ToString(); }

        string Prefix()
        {
            var credentials = username.Length > 0 || password.Length > 0 ? username + (password.Length > 0 ? ":" + password : "") + "@" : "";
            return scheme + "://" + credentials + Host;
        }

        /** Tabs and line breaks go, as the parser drops them before it starts. */
        static string Strip(string text) { return (text ?? "").Replace("\t", "").Replace("\n", "").Replace("\r", ""); }

        /** `ends` escaped, and spaces and controls, which the part would escape and which trimming must not drop. */
        static string Escape(string text, string ends)
        {
            var output = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c <= 0x20 || ends.IndexOf(c) >= 0) output.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                else output.Append(c);
            }
            return output.ToString();
        }

        /** The host (and for `host`, the port after it) up to the first "/", "?", "#" or "\"; nothing changes when it does not parse. */
        void SetHost(string text, bool withPort)
        {
            var end = 0;
            var bracketed = false;
            for (; end < text.Length; end++)
            {
                var c = text[end];
                if (c == '[') bracketed = true;
                if (c == ']') bracketed = false;
                if (c == '/' || c == '?' || c == '#' || c == '\\' || (c == ':' && !bracketed)) break;
            }
            if (end < text.Length && text[end] == ':' && !withPort) return;
            if (end == 0) return;
            var parsed = CsxUrlHost.Parse(text.Substring(0, end));
            if (parsed == null) return;
            host = parsed;
            if (end < text.Length && text[end] == ':') SetPort(text.Substring(end + 1));
        }

        /**
         * The leading digits, as node (ada) takes them: text that starts with a space or control, or
         * has no digit at all, or a number past 65535, leaves the port as it was; text with a digit
         * somewhere but none in front ("x9") clears it.
         */
        void SetPort(string text)
        {
            if (text.Length == 0 || text[0] <= 0x20 || !text.Any(c => c >= '0' && c <= '9')) return;
            var digits = 0;
            while (digits < text.Length && text[digits] >= '0' && text[digits] <= '9') digits++;
            if (digits == 0) { port = null; return; }
            var value = ParsePort(text.Substring(0, digits));
            if (value < 0) return;
            port = value == DefaultPort(scheme) ? (int?)null : value;
        }

        static int ParsePort(string digits)
        {
            long value = 0;
            foreach (var c in digits) if ((value = value * 10 + (c - '0')) > 65535) return -1;
            return (int)value;
        }

        static int DefaultPort(string scheme) { return scheme == "https" ? 443 : 80; }

        static bool IsSpecial(string scheme) { return scheme == "http" || scheme == "https" || scheme == "ws" || scheme == "wss" || scheme == "ftp" || scheme == "file"; }

        static bool InQuerySet(int c) { return c < 0x21 || c > 0x7E || c == '"' || c == '#' || c == '<' || c == '>'; }

        /** Without "^", which the standard added in 2024 and node 20 (ada 2) does not escape. */
        static bool InPathSet(int c) { return InQuerySet(c) || c == '?' || c == '`' || c == '{' || c == '}'; }

        static bool InUserinfoSet(int c) { return InPathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' || (c >= '[' && c <= ']') || c == '|'; }

        static bool InFragmentSet(int c) { return c < 0x21 || c > 0x7E || c == '"' || c == '<' || c == '>' || c == '`'; }

        static void Encode(StringBuilder output, int c, Func<int, bool> set)
        {
            if (!set(c)) { output.Append((char)c); return; }
            foreach (var b in CsxUtf8.Encode(char.ConvertFromUtf32(c))) output.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
        }

        static bool IsSingleDot(string s) { return s == "." || s.Equals("%2e", StringComparison.OrdinalIgnoreCase); }

        static bool IsDoubleDot(string s)
        {
            var l = s.ToLowerInvariant();
            return l == ".." || l == ".%2e" || l == "%2e." || l == "%2e%2e";
        }

        const int SchemeStart = 0, SchemeName = 1, NoScheme = 2, RelativeOrAuthority = 3, Relative = 4, RelativeSlash = 5,
            AuthoritySlashes = 6, IgnoreSlashes = 7, Authority = 8, HostName = 9, PortNumber = 10, PathStart = 11, PathPart = 12, QueryPart = 13, FragmentPart = 14;

        /** The basic URL parser without a state override; null for failure. */
        static CsxWhatwgUrl Parse(string input, CsxWhatwgUrl parent)
        {
            var text = CsxUtf8.Decode(CsxUtf8.Encode(input ?? ""));
            int start = 0, stop = text.Length;
            while (start < stop && text[start] <= 0x20) start++;
            while (stop > start && text[stop - 1] <= 0x20) stop--;
            var points = new List<int>();
            for (var i = start; i < stop; i++)
            {
                if (text[i] == '\t' || text[i] == '\n' || text[i] == '\r') continue;
                if (char.IsHighSurrogate(text[i]) && i + 1 < stop) { points.Add(char.ConvertToUtf32(text[i], text[i + 1])); i++; }
                else points.Add(text[i]);
            }
            var url = new CsxWhatwgUrl();
            var state = SchemeStart;
            var buffer = new StringBuilder();
            bool atSeen = false, insideBrackets = false, passwordSeen = false;
            for (var at = 0; at <= points.Count; at++)
            {
                var c = at < points.Count ? points[at] : -1;
                Func<int, int> ahead = k => at + k < points.Count ? points[at + k] : -1;
                switch (state)
                {
                    case SchemeStart:
                        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { buffer.Append((char)(c | 0x20)); state = SchemeName; }
                        else { state = NoScheme; at--; }
                        break;
                    case SchemeName:
                        if (c >= 0 && c < 0x80 && (char.IsLetterOrDigit((char)c) || c == '+' || c == '-' || c == '.')) buffer.Append(char.ToLowerInvariant((char)c));
                        else if (c == ':')
                        {
                            url.scheme = buffer.ToString();
                            buffer.Clear();
                            if (url.scheme != "http" && url.scheme != "https") throw new JsError(Js.MsgUrlScheme);
                            state = parent != null && parent.scheme == url.scheme ? RelativeOrAuthority : AuthoritySlashes;
                        }
                        else { buffer.Clear(); state = NoScheme; at = -1; }
                        break;
                    case NoScheme:
                        if (parent == null) return null;
                        state = Relative;
                        at--;
                        break;
                    case RelativeOrAuthority:
                        if (c == '/' && ahead(1) == '/') { state = IgnoreSlashes; at++; }
                        else { state = Relative; at--; }
                        break;
                    case Relative:
                        url.scheme = parent.scheme;
                        if (c == '/' || c == '\\') { state = RelativeSlash; break; }
                        url.username = parent.username; url.password = parent.password; url.host = parent.host; url.port = parent.port;
                        url.path = new List<string>(parent.path);
                        url.query = parent.query;
                        if (c == '?') { url.query = ""; state = QueryPart; }
                        else if (c == '#') { url.fragment = ""; state = FragmentPart; }
                        else if (c != -1)
                        {
                            url.query = null;
                            if (url.path.Count > 0) url.path.RemoveAt(url.path.Count - 1);
                            state = PathPart;
                            at--;
                        }
                        break;
                    case RelativeSlash:
                        if (c == '/' || c == '\\') state = IgnoreSlashes;
                        else
                        {
                            url.username = parent.username; url.password = parent.password; url.host = parent.host; url.port = parent.port;
                            state = PathPart;
                            at--;
                        }
                        break;
                    case AuthoritySlashes:
                        state = IgnoreSlashes;
                        if (c == '/' && ahead(1) == '/') at++;
                        else at--;
                        break;
                    case IgnoreSlashes:
                        if (c != '/' && c != '\\') { state = Authority; at--; }
                        break;
                    case Authority:
                        if (c == '@')
                        {
                            if (atSeen) buffer.Insert(0, "%40");
                            atSeen = true;
                            var userinfo = buffer.ToString();
                            buffer.Clear();
                            var name = new StringBuilder(url.username);
                            var secret = new StringBuilder(url.password);
                            for (var i = 0; i < userinfo.Length; i++)
                            {
                                var u = char.ConvertToUtf32(userinfo, i);
                                if (u > 0xFFFF) i++;
                                if (u == ':' && !passwordSeen) { passwordSeen = true; continue; }
                                Encode(passwordSeen ? secret : name, u, InUserinfoSet);
                            }
                            url.username = name.ToString();
                            url.password = secret.ToString();
                        }
                        else if (c == -1 || c == '/' || c == '?' || c == '#' || c == '\\')
                        {
                            if (atSeen && buffer.Length == 0) return null;
                            at -= CodePoints(buffer.ToString()) + 1;
                            buffer.Clear();
                            state = HostName;
                        }
                        else buffer.Append(char.ConvertFromUtf32(c));
                        break;
                    case HostName:
                        if (c == ':' && !insideBrackets)
                        {
                            if (buffer.Length == 0) return null;
                            if ((url.host = CsxUrlHost.Parse(buffer.ToString())) == null) return null;
                            buffer.Clear();
                            state = PortNumber;
                        }
                        else if (c == -1 || c == '/' || c == '?' || c == '#' || c == '\\')
                        {
                            at--;
                            if (buffer.Length == 0) return null;
                            if ((url.host = CsxUrlHost.Parse(buffer.ToString())) == null) return null;
                            buffer.Clear();
                            state = PathStart;
                        }
                        else
                        {
                            if (c == '[') insideBrackets = true;
                            if (c == ']') insideBrackets = false;
                            buffer.Append(char.ConvertFromUtf32(c));
                        }
                        break;
                    case PortNumber:
                        if (c >= '0' && c <= '9') buffer.Append((char)c);
                        else if (c == -1 || c == '/' || c == '?' || c == '#' || c == '\\')
                        {
                            if (buffer.Length > 0)
                            {
                                var value = ParsePort(buffer.ToString());
                                if (value < 0) return null;
                                url.port = value == DefaultPort(url.scheme) ? (int?)null : value;
                                buffer.Clear();
                            }
                            state = PathStart;
                            at--;
                        }
                        else return null;
                        break;
                    case PathStart:
                        state = PathPart;
                        if (c != '/' && c != '\\') at--;
                        break;
                    case PathPart:
                        if (c == -1 || c == '/' || c == '\\' || c == '?' || c == '#')
                        {
                            var segment = buffer.ToString();
                            if (IsDoubleDot(segment))
                            {
                                if (url.path.Count > 0) url.path.RemoveAt(url.path.Count - 1);
                                if (c != '/' && c != '\\') url.path.Add("");
                            }
                            else if (IsSingleDot(segment)) { if (c != '/' && c != '\\') url.path.Add(""); }
                            else url.path.Add(segment);
                            buffer.Clear();
                            if (c == '?') { url.query = ""; state = QueryPart; }
                            if (c == '#') { url.fragment = ""; state = FragmentPart; }
                        }
                        else Encode(buffer, c, InPathSet);
                        break;
                    case QueryPart:
                        if (c == -1 || c == '#')
                        {
                            var encoded = new StringBuilder(url.query);
                            var raw = buffer.ToString();
                            for (var i = 0; i < raw.Length; i++)
                            {
                                var q = char.ConvertToUtf32(raw, i);
                                if (q > 0xFFFF) i++;
                                Encode(encoded, q, p => InQuerySet(p) || p == '\'');
                            }
                            url.query = encoded.ToString();
                            buffer.Clear();
                            if (c == '#') { url.fragment = ""; state = FragmentPart; }
                        }
                        else buffer.Append(char.ConvertFromUtf32(c));
                        break;
                    case FragmentPart:
                        if (c != -1)
                        {
                            var f = new StringBuilder(url.fragment);
                            Encode(f, c, InFragmentSet);
                            url.fragment = f.ToString();
                        }
                        break;
                }
            }
            return url;
        }

        static int CodePoints(string text)
        {
            var n = 0;
            for (var i = 0; i < text.Length; i++, n++) if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length) i++;
            return n;
        }
    }
