// csxc-feature: Message
// csxc-needs: Headers, Json, Errors, Utf8
    /** What Req and Res share (node's Message): header pairs and the body's bytes, null for none. */
    public abstract class CsxMessage
    {
        public const string TextType = "text/plain; charset=utf-8";
        public const string JsonType = "application/json; charset=utf-8";

        /** The headers .NET keeps on HttpContent rather than on the message. */
        static readonly string[] ContentHeaders =
        {
            "allow", "content-disposition", "content-encoding", "content-language", "content-length",
            "content-location", "content-md5", "content-range", "content-type", "expires", "last-modified",
        };

        protected CsxMessage(IEnumerable<KeyValuePair<string, string>> headers, byte[] body)
        {
            Headers = new CsxHeaders(headers);
            Body = body;
        }

        public CsxHeaders Headers { get; private set; }

        public byte[] Body;

        public Task<string> Text() { return Task.FromResult(CsxUtf8.Decode(Body)); }

        public Task<JToken> Json()
        {
            try { return Task.FromResult(Js.ParseJson(CsxUtf8.Decode(Body))); }
            catch (JsError) { return Task.FromException<JToken>(new JsError(Js.MsgBodyNotJson)); }
        }

        protected void SetBody(byte[] bytes, string contentType)
        {
            Body = bytes;
            Headers.Set("Content-Type", contentType);
        }

        public void SetText(string body, string contentType) { SetBody(CsxUtf8.Encode(body), contentType ?? TextType); }

        public void SetJson(JToken value) { SetBody(CsxUtf8.Encode(Js.Stringify(value) ?? "null"), JsonType); }

        /** The body's bytes as base64; "" when there is none. */
        public Task<string> Base64() { return Task.FromResult(Body == null ? "" : Convert.ToBase64String(Body)); }

        public void SetBase64(string data, string contentType)
        {
            byte[] bytes;
            try { bytes = CsxBase64.DecodeBytes(data); }
            catch (JsError) { throw new JsError(Js.MsgBadBase64Body); }
            SetBody(bytes, contentType);
        }

        public static bool IsContentHeader(string name) { return ContentHeaders.Contains(name.ToLowerInvariant()); }

        /** A .NET message's headers and its content's, Content-Length aside (.NET computes it). */
        protected static List<KeyValuePair<string, string>> ReadHeaders(HttpHeaders headers, HttpContent content)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var header in content == null ? headers : headers.Concat(content.Headers))
            {
                if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                // .NET splits the product lists of User-Agent and Server at spaces, other lists at commas.
                var separator = string.Equals(header.Key, "User-Agent", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(header.Key, "Server", StringComparison.OrdinalIgnoreCase) ? " " : ", ";
                pairs.Add(new KeyValuePair<string, string>(header.Key, string.Join(separator, header.Value)));
            }
            return pairs;
        }

        /** The body's bytes; empty is none. */
        protected static async Task<byte[]> ReadBody(HttpContent content)
        {
            if (content == null) return null;
            var bytes = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return bytes.Length == 0 ? null : bytes;
        }

        /**
         * Puts the headers on a .NET message, the content headers on the content it returns: the
         * body (empty when there is none but content headers), or null when there is neither.
         */
        protected HttpContent WriteHeaders(HttpHeaders target, bool contentAlways)
        {
            HttpContent content = Body != null || contentAlways ? new ByteArrayContent(Body ?? new byte[0]) : null;
            foreach (var pair in Headers.Pairs)
            {
                if (string.Equals(pair.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                if (!IsContentHeader(pair.Key))
                {
                    target.TryAddWithoutValidation(pair.Key, pair.Value);
                    continue;
                }
                if (content == null) content = new ByteArrayContent(new byte[0]);
                content.Headers.TryAddWithoutValidation(pair.Key, pair.Value);
            }
            return content;
        }
    }
