// csxc-feature: Req
// csxc-needs: Message, Url
    /** The request a transform sees (node's NodeReq), made from and turned back into HttpRequestMessage. */
    public sealed partial class CsxReq : CsxMessage
    {
        string method;

        public CsxReq(string method, string url, IEnumerable<KeyValuePair<string, string>> headers, byte[] body) : base(headers, body)
        {
            this.method = method.ToUpperInvariant();
            Url = url;
            Query = new CsxQuery(() => Url, value => Url = value);
        }

        public string Method
        {
            get { return method; }
            set
            {
                if (!CsxHeaders.IsToken(value)) throw new JsError(Js.MsgBadMethod);
                method = value.ToUpperInvariant();
            }
        }

        /** Absolute; setting it stores it as given. */
        public string Url { get; set; }

        public string Path
        {
            get { return CsxUrl.Split(Url).Path; }
            set
            {
                var parts = CsxUrl.Split(Url);
                parts.Path = value.StartsWith("/", StringComparison.Ordinal) ? value : "/" + value;
                Url = parts.ToString();
            }
        }

        public CsxQuery Query { get; private set; }

        /** The URL as the platform wrote it (AbsoluteUri would unescape %41 to A): the parameters keep their bytes. */
        public static async Task<CsxReq> FromMessage(HttpRequestMessage m)
        {
            var body = await ReadBody(m.Content).ConfigureAwait(false);
            return new CsxReq(m.Method.Method, m.RequestUri.OriginalString, ReadHeaders(m.Headers, m.Content), body);
        }

        public HttpRequestMessage ToMessage()
        {
            Uri uri;
            if (!Uri.TryCreate(Url, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new JsError(Js.MsgBadUrl);
            var message = new HttpRequestMessage(new HttpMethod(method), uri);
            message.Content = WriteHeaders(message.Headers, false);
            return message;
        }
    }
