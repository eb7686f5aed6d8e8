// csxc-feature: StringReplace
// csxc-needs: Values
    // replace and replaceAll: a string search replaces its first occurrence (replaceAll every one);
    // the replacement's $ patterns ($$, $&, $`, $', $1, $<name>) or a callback, for strings and
    // regular expressions alike.
    static partial class Js
    {
        /** replace with a string search: the first occurrence only. */
        public static string Replace(string s, string search, string replacement) { return ReplaceText(s, search, false, replacement, null); }
        public static string Replace(string s, string search, Func<JToken[], string> replacer) { return ReplaceText(s, search, false, null, replacer); }
        public static string ReplaceAll(string s, string search, string replacement) { return ReplaceText(s, search, true, replacement, null); }
        public static string ReplaceAll(string s, string search, Func<JToken[], string> replacer) { return ReplaceText(s, search, true, null, replacer); }

        static string ReplaceText(string s, string search, bool all, string replacement, Func<JToken[], string> replacer)
        {
            var positions = new List<int>();
            var at = s.IndexOf(search, StringComparison.Ordinal);
            while (at >= 0)
            {
                positions.Add(at);
                if (!all) break;
                var next = at + Math.Max(search.Length, 1);
                at = next > s.Length ? -1 : s.IndexOf(search, next, StringComparison.Ordinal);
            }
            var result = new StringBuilder();
            var end = 0;
            foreach (var position in positions)
            {
                result.Append(s, end, position - end);
                result.Append(replacer != null
                    ? replacer(new JToken[] { search, (double)position, s })
                    : Substitute(search, s, position, new JToken[0], null, replacement));
                end = position + search.Length;
            }
            return result.Append(s, end, s.Length - end).ToString();
        }

        /** GetSubstitution: the `$` patterns of a replacement string. */
        static string Substitute(string matched, string s, int position, JToken[] captures, JObject groups, string replacement)
        {
            if (replacement.IndexOf('$') < 0) return replacement;
            var result = new StringBuilder();
            for (var i = 0; i < replacement.Length; i++)
            {
                var c = replacement[i];
                var next = i + 1 < replacement.Length ? replacement[i + 1] : '\0';
                if (c != '$' || i + 1 == replacement.Length) { result.Append(c); continue; }
                if (next == '$') { result.Append('$'); i++; }
                else if (next == '&') { result.Append(matched); i++; }
                else if (next == '`') { result.Append(s, 0, position); i++; }
                else if (next == '\'')
                {
                    var tail = Math.Min(position + matched.Length, s.Length);
                    result.Append(s, tail, s.Length - tail);
                    i++;
                }
                else if (next >= '0' && next <= '9')
                {
                    var index = next - '0';
                    var digits = 1;
                    if (i + 2 < replacement.Length && replacement[i + 2] >= '0' && replacement[i + 2] <= '9')
                    {
                        var two = index * 10 + (replacement[i + 2] - '0');
                        if (two >= 1 && two <= captures.Length) { index = two; digits = 2; }
                    }
                    if (index < 1 || index > captures.Length) { result.Append('$'); continue; }
                    var capture = captures[index - 1];
                    if (!IsNullish(capture)) result.Append((string)capture);
                    i += digits;
                }
                else if (next == '<' && groups != null)
                {
                    var close = replacement.IndexOf('>', i + 2);
                    if (close < 0) { result.Append('$'); continue; }
                    JToken value;
                    if (groups.TryGetValue(replacement.Substring(i + 2, close - i - 2), out value) && !IsNullish(value)) result.Append(ToStr(value));
                    i = close;
                }
                else result.Append('$');
            }
            return result.ToString();
        }

        /** A replacement callback of any arity, fed (match, captures…, offset, string, groups) as JS passes them. */
        public static Func<JToken[], string> Args(Func<JToken, string> f) { return a => f(Arg(a, 0)); }
        public static Func<JToken[], string> Args(Func<JToken, JToken, string> f) { return a => f(Arg(a, 0), Arg(a, 1)); }
        public static Func<JToken[], string> Args(Func<JToken, JToken, JToken, string> f) { return a => f(Arg(a, 0), Arg(a, 1), Arg(a, 2)); }
        public static Func<JToken[], string> Args(Func<JToken, JToken, JToken, JToken, string> f) { return a => f(Arg(a, 0), Arg(a, 1), Arg(a, 2), Arg(a, 3)); }
        public static Func<JToken[], string> Args(Func<JToken, JToken, JToken, JToken, JToken, string> f) { return a => f(Arg(a, 0), Arg(a, 1), Arg(a, 2), Arg(a, 3), Arg(a, 4)); }
        public static Func<JToken[], string> Args(Func<JToken, JToken, JToken, JToken, JToken, JToken, string> f) { return a => f(Arg(a, 0), Arg(a, 1), Arg(a, 2), Arg(a, 3), Arg(a, 4), Arg(a, 5)); }

        static JToken Arg(JToken[] args, int i) { return i < args.Length ? args[i] : null; }
    }
