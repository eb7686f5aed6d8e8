// csxc-feature: RegExps
// csxc-needs: Values, Operators, Indexes, StringReplace
    // JS regular expressions. The compiler translates each literal into a .NET pattern with the same
    // meaning (src/emit/builtins/regex-translate.ts); here are the RegExp object (lastIndex and the
    // group names), exec and test, and the string methods that take one: match, matchAll, search,
    // replace, replaceAll and split, each following the steps of the specification.
    public sealed class JsRegExp
    {
        public readonly Regex Regex;
        public readonly string Source, Flags;
        /** Group names by number from 1; null for an unnamed group, or no names at all. */
        public readonly string[] Names;
        public double LastIndex;

        public JsRegExp(Regex regex, string source, string flags, string[] names)
        {
            Regex = regex; Source = source; Flags = flags; Names = names;
        }

        public bool Global { get { return Flags.IndexOf('g') >= 0; } }
        public bool Has(char flag) { return Flags.IndexOf(flag) >= 0; }
    }

    /** What a match array carries besides its items: index, input and groups. */
    public sealed class JsMatchInfo
    {
        public double Index;
        public string Input;
        public JToken Groups;
    }

    static partial class Js
    {
        static readonly Dictionary<string, Regex> regexCache = new Dictionary<string, Regex>();

        /** A regular expression literal: a new RegExp object each time it is evaluated, as in JS. */
        public static JsRegExp Re(string source, string flags, string pattern, params string[] names)
        {
            Regex regex;
            lock (regexCache)
            {
                if (!regexCache.TryGetValue(pattern, out regex)) regexCache[pattern] = regex = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            return new JsRegExp(regex, source, flags, names);
        }

        /** RegExpBuiltinExec: lastIndex is read and written only with the g flag. */
        public static JToken Exec(JsRegExp re, string s)
        {
            s = s ?? "undefined"; // JS reads its argument with ToString: undefined (a read past the end) is "undefined"
            var match = ExecMatch(re, s);
            return match == null ? (JToken)JValue.CreateNull() : MatchArray(re, match, s);
        }

        public static bool Test(JsRegExp re, string s) { return ExecMatch(re, s ?? "undefined") != null; }

        static Match ExecMatch(JsRegExp re, string s)
        {
            var start = re.Global ? ToInteger(re.LastIndex) : 0;
            if (start < 0) start = 0;
            var match = start <= s.Length ? re.Regex.Match(s, (int)start) : null;
            if (match == null || !match.Success)
            {
                if (re.Global) re.LastIndex = 0;
                return null;
            }
            if (re.Global) re.LastIndex = match.Index + match.Length;
            return match;
        }

        /** [match, group 1, …] with index, input and groups; a group that did not match is undefined (null here). */
        static JArray MatchArray(JsRegExp re, Match match, string s)
        {
            var array = new JArray();
            for (var i = 0; i < match.Groups.Count; i++) array.Add(match.Groups[i].Success ? new JValue(match.Groups[i].Value) : JValue.CreateNull());
            array.AddAnnotation(new JsMatchInfo { Index = match.Index, Input = s, Groups = Groups(re, match) });
            return array;
        }

        static JToken Groups(JsRegExp re, Match match)
        {
            if (re.Names.Length == 0) return null;
            var groups = new JObject();
            for (var i = 0; i < re.Names.Length; i++)
            {
                // A group that did not match is undefined, which JSON leaves out.
                if (re.Names[i] != null && match.Groups[i + 1].Success) groups[re.Names[i]] = match.Groups[i + 1].Value;
            }
            return groups;
        }

        static JsMatchInfo Info(JToken match)
        {
            var info = match == null ? null : match.Annotation<JsMatchInfo>();
            if (info == null) throw new JsError("not the result of exec or match");
            return info;
        }

        public static double MatchIndex(JToken match) { return Info(match).Index; }
        public static string MatchInput(JToken match) { return Info(match).Input; }
        public static JToken MatchGroups(JToken match) { return Info(match).Groups; }

        /** Every match from `from` on, as the g flag's match, matchAll and replace collect them. */
        static List<Match> AllMatches(JsRegExp re, string s, int from = 0)
        {
            var matches = new List<Match>();
            for (var at = from; at <= s.Length;)
            {
                var match = re.Regex.Match(s, at);
                if (!match.Success) break;
                matches.Add(match);
                // An empty match moves on by one code unit.
                at = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
            }
            return matches;
        }

        public static JToken StringMatch(string s, JsRegExp re)
        {
            if (!re.Global) return Exec(re, s);
            re.LastIndex = 0;
            var matches = AllMatches(re, s);
            if (matches.Count == 0) return JValue.CreateNull();
            return new JArray(matches.Select(m => m.Value));
        }

        public static JArray MatchAll(string s, JsRegExp re)
        {
            if (!re.Global) throw new JsError("String.prototype.matchAll called with a non-global RegExp argument");
            var start = (int)Math.Min(Math.Max(ToInteger(re.LastIndex), 0), s.Length + 1);
            return new JArray(AllMatches(re, s, start).Select(m => MatchArray(re, m, s)));
        }

        public static double Search(string s, JsRegExp re)
        {
            var match = re.Regex.Match(s);
            return match.Success ? match.Index : -1;
        }

        public static string Replace(string s, JsRegExp re, string replacement) { return ReplaceMatches(s, re, replacement, null); }
        public static string Replace(string s, JsRegExp re, Func<JToken[], string> replacer) { return ReplaceMatches(s, re, null, replacer); }

        public static string ReplaceAll(string s, JsRegExp re, string replacement)
        {
            if (!re.Global) throw new JsError("String.prototype.replaceAll called with a non-global RegExp argument");
            return ReplaceMatches(s, re, replacement, null);
        }

        public static string ReplaceAll(string s, JsRegExp re, Func<JToken[], string> replacer)
        {
            if (!re.Global) throw new JsError("String.prototype.replaceAll called with a non-global RegExp argument");
            return ReplaceMatches(s, re, null, replacer);
        }

        static string ReplaceMatches(string s, JsRegExp re, string replacement, Func<JToken[], string> replacer)
        {
            List<Match> matches;
            if (re.Global)
            {
                re.LastIndex = 0;
                matches = AllMatches(re, s);
            }
            else
            {
                var one = ExecMatch(re, s);
                matches = one == null ? new List<Match>() : new List<Match> { one };
            }
            var result = new StringBuilder();
            var end = 0;
            foreach (var match in matches)
            {
                var captures = new JToken[match.Groups.Count - 1];
                for (var i = 1; i < match.Groups.Count; i++) captures[i - 1] = match.Groups[i].Success ? new JValue(match.Groups[i].Value) : null;
                var groups = Groups(re, match);
                string text;
                if (replacer == null) text = Substitute(match.Value, s, match.Index, captures, groups as JObject, replacement);
                else
                {
                    var args = new List<JToken> { match.Value };
                    args.AddRange(captures);
                    args.Add((double)match.Index);
                    args.Add(s);
                    if (groups != null) args.Add(groups);
                    text = replacer(args.ToArray());
                }
                result.Append(s, end, match.Index - end).Append(text);
                end = match.Index + match.Length;
            }
            return result.Append(s, end, s.Length - end).ToString();
        }

        /** split with a regular expression: the splitter must match at each position, as the sticky flag does. */
        public static JArray Split(string s, JsRegExp re, double? limit = null)
        {
            var result = new JArray();
            var max = limit.HasValue ? ToUint32(limit.Value) : uint.MaxValue;
            if (max == 0) return result;
            if (s.Length == 0)
            {
                var whole = re.Regex.Match(s);
                if (!whole.Success || whole.Index != 0) result.Add(s);
                return result;
            }
            var p = 0;
            var q = 0;
            while (q < s.Length)
            {
                // The leftmost match from q on is the first position where the splitter matches.
                var match = re.Regex.Match(s, q);
                if (!match.Success || match.Index >= s.Length) break;
                q = match.Index;
                var e = Math.Min(match.Index + match.Length, s.Length);
                if (e == p) { q++; continue; }
                result.Add(s.Substring(p, q - p));
                if (result.Count == max) return result;
                p = e;
                for (var i = 1; i < match.Groups.Count; i++)
                {
                    result.Add(match.Groups[i].Success ? new JValue(match.Groups[i].Value) : JValue.CreateNull());
                    if (result.Count == max) return result;
                }
                q = p;
            }
            result.Add(s.Substring(p));
            return result;
        }
    }
