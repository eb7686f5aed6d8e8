// csxc-feature: Res
// csxc-needs: Message
    /** The response a transform sees (node's NodeRes), made from and turned back into HttpResponseMessage. */
    public sealed class CsxRes : CsxMessage
    {
        double status;

        public CsxRes(double status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body) : base(headers, body)
        {
            this.status = status;
        }

        public double Status
        {
            get { return status; }
            set
            {
                if (value != Math.Floor(value) || value < 100 || value > 599) throw new JsError(Js.MsgBadStatus);
                status = value;
            }
        }

        public bool Ok { get { return status >= 200 && status <= 299; } }

        /** A response with the compact JSON of body, as ExecuteAsync answers errors. */
        public static CsxRes Json(double status, JToken body)
        {
            var headers = new[] { new KeyValuePair<string, string>("Content-Type", JsonType) };
            return new CsxRes(status, headers, CsxUtf8.Encode(Js.Stringify(body) ?? "null"));
        }

        public static async Task<CsxRes> FromMessage(HttpResponseMessage m)
        {
            var body = await ReadBody(m.Content).ConfigureAwait(false);
            return new CsxRes((int)m.StatusCode, ReadHeaders(m.Headers, m.Content), body);
        }

        /** Always with a content, empty when there is no body, as the platform's own responses have. */
        public HttpResponseMessage ToMessage()
        {
            var message = new HttpResponseMessage((HttpStatusCode)(int)status);
            message.Content = WriteHeaders(message.Headers, true);
            return message;
        }
    }
