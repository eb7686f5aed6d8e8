// csxc-feature: Ctx
// csxc-needs: Req, Res
    /** The ctx of a transform, over the platform's Context (node's ctx of run.ts). */
    public sealed class CsxCtx
    {
        readonly ScriptBase script;
        readonly CsxReq incoming;

        public CsxCtx(ScriptBase script, string operationId, CsxReq incoming)
        {
            this.script = script;
            this.incoming = incoming;
            OperationId = operationId;
            Log = new CsxLog(script);
        }

        public string OperationId { get; private set; }

        public string CorrelationId { get { return script.Context.CorrelationId; } }

        /** The platform's OriginalRequestUri, as it was written (as req.url). */
        public string OriginalUrl { get { return script.Context.OriginalRequestUri.OriginalString; } }

        public CsxLog Log { get; private set; }

        public async Task<CsxRes> Send(CsxReq req)
        {
            var response = await script.Context.SendAsync(req.ToMessage(), script.CancellationToken).ConfigureAwait(false);
            return await CsxRes.FromMessage(response).ConfigureAwait(false);
        }

        /** A request carrying a copy of the incoming request's headers as they are now, content headers excepted. */
        public CsxReq NewRequest(string method, string url)
        {
            var headers = incoming.Headers.Pairs.Where(p => !CsxMessage.IsContentHeader(p.Key));
            return new CsxReq("GET", url, headers, null) { Method = method };
        }

        /** A response made here, without a backend call; C# null (undefined) is no body. */
        public CsxRes Respond(double status, JToken body)
        {
            var res = new CsxRes(200, new KeyValuePair<string, string>[0], null) { Status = status };
            if (body != null) res.SetJson(body);
            return res;
        }

        public string NotificationUrl(string pathAndQuery) { return script.Context.CreateNotificationUri(pathAndQuery).AbsoluteUri; }
    }

    /** ctx.log over Context.Logger. */
    public sealed class CsxLog
    {
        readonly ScriptBase script;

        public CsxLog(ScriptBase script) { this.script = script; }

        public void Info(string message) { Write(Microsoft.Extensions.Logging.LogLevel.Information, message); }

        public void Warn(string message) { Write(Microsoft.Extensions.Logging.LogLevel.Warning, message); }

        public void Error(string message) { Write(Microsoft.Extensions.Logging.LogLevel.Error, message); }

        /** The message is the state and its own formatting: braces are text, not a message template's placeholders. */
        void Write(Microsoft.Extensions.Logging.LogLevel level, string message)
        {
            // node logs String(message): a string read past the end (C# null) is "undefined".
            script.Context.Logger.Log(level, new Microsoft.Extensions.Logging.EventId(0), message ?? "undefined", null, (text, error) => text);
        }
    }
