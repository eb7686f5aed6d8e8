// csxc-feature: Url
// csxc-needs: UriCoding
    // The URL pieces and query of Req (src/runtime/url.ts, step for step). The query is kept as its
    // raw "k=v" segments, so the parameters a transform does not touch keep their exact bytes.
    public sealed class CsxUrl
    {
        /** scheme://authority */
        public string Origin;
        public string Path;
        /** The raw segments without "?", split on "&"; null when the URL has no "?". */
        public List<string> Query;
        /** Including "#", or "". */
        public string Fragment = "";

        public static CsxUrl Split(string url)
        {
            var parts = new CsxUrl();
            var rest = url;
            var hash = rest.IndexOf('#');
            if (hash >= 0)
            {
                parts.Fragment = rest.Substring(hash);
                rest = rest.Substring(0, hash);
            }
            var question = rest.IndexOf('?');
            if (question >= 0)
            {
                var raw = rest.Substring(question + 1);
                parts.Query = raw.Length == 0 ? new List<string>() : raw.Split('&').ToList();
                rest = rest.Substring(0, question);
            }
            var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
            var slash = rest.IndexOf('/', schemeEnd >= 0 ? schemeEnd + 3 : 0);
            parts.Origin = slash >= 0 ? rest.Substring(0, slash) : rest;
            parts.Path = slash >= 0 ? rest.Substring(slash) : "/";
            return parts;
        }

        public override string ToString()
        {
            return Origin + Path + (Query == null ? "" : "?" + string.Join("&", Query)) + Fragment;
        }
    }

    /** Req.query, reading and rewriting the URL of its request. */
    public sealed class CsxQuery
    {
        readonly Func<string> readUrl;
        readonly Action<string> writeUrl;

        public CsxQuery(Func<string> readUrl, Action<string> writeUrl)
        {
            this.readUrl = readUrl;
            this.writeUrl = writeUrl;
        }

        /** Decodes "+" and %XX sequences; null when absent. */
        public string Get(string name) { return All(name).FirstOrDefault(); }

        public JArray GetAll(string name) { return new JArray(All(name).Select(v => new JValue(v))); }

        public bool Has(string name) { return All(name).Any(); }

        /** Replaces the first segment of `name` and drops the others; appends when there is none. */
        public void Set(string name, string value)
        {
            var fresh = Js.EncodeURIComponent(name) + "=" + Js.EncodeURIComponent(value);
            Edit(segments =>
            {
                var result = new List<string>();
                var placed = false;
                foreach (var segment in segments ?? new List<string>())
                {
                    if (segment.Length == 0 || SegmentName(segment) != name)
                    {
                        result.Add(segment);
                        continue;
                    }
                    if (!placed) result.Add(fresh);
                    placed = true;
                }
                if (!placed) result.Add(fresh);
                return result;
            });
        }

        public void Append(string name, string value)
        {
            var fresh = Js.EncodeURIComponent(name) + "=" + Js.EncodeURIComponent(value);
            Edit(segments => (segments ?? new List<string>()).Concat(new[] { fresh }).ToList());
        }

        /** Drops every segment of `name` (and empty ones); the "?" goes with the last segment. */
        public void Delete(string name)
        {
            Edit(segments =>
            {
                if (segments == null) return null;
                var kept = segments.Where(s => s.Length > 0 && SegmentName(s) != name).ToList();
                return kept.Count == 0 ? null : kept;
            });
        }

        IEnumerable<string> All(string name)
        {
            return (CsxUrl.Split(readUrl()).Query ?? new List<string>())
                .Where(s => s.Length > 0 && SegmentName(s) == name)
                .Select(s => s.IndexOf('=') >= 0 ? DecodeComponent(s.Substring(s.IndexOf('=') + 1)) : "")
                .ToList();
        }

        void Edit(Func<List<string>, List<string>> change)
        {
            var parts = CsxUrl.Split(readUrl());
            parts.Query = change(parts.Query);
            writeUrl(parts.ToString());
        }

        static string SegmentName(string segment)
        {
            var eq = segment.IndexOf('=');
            return DecodeComponent(eq >= 0 ? segment.Substring(0, eq) : segment);
        }

        /** "+" as space, then decodeURIComponent; when that fails, each run of %XX that decodes alone, the rest as written. */
        static string DecodeComponent(string raw)
        {
            var text = raw.Replace('+', ' ');
            try { return Js.DecodeURIComponent(text); }
            catch (JsError)
            {
                return Regex.Replace(text, "(?:%[0-9A-Fa-f]{2})+", run =>
                {
                    try { return Js.DecodeURIComponent(run.Value); }
                    catch (JsError) { return run.Value; }
                });
            }
        }
    }
