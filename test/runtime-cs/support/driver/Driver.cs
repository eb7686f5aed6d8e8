// The C# side of the runtime parity tests (test/runtime-cs): reads a JSON array of operations
// (args[0]), runs each through the runtime snippets, and writes a JSON array of results (args[1]),
// each {"v": value} or {"e": message}. Doubles travel as the hex of their bits; the output escapes
// every non-ASCII character, so lone surrogates survive. support/node-ops.ts is the node side.
// Numbers in the input are all doubles (Js.ParseJson reads them so); {"$": "int"} makes a long.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

public partial class Script
{
    public override Task<HttpResponseMessage> ExecuteAsync() { throw new NotSupportedException(); }

    public static void Main(string[] args)
    {
        if (args.Length > 2)
        {
            var culture = new System.Globalization.CultureInfo(args[2]);
            System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
        // Js.ParseJson, not Newtonsoft's reader, which turns escaped lone surrogates into U+FFFD.
        var ops = (JArray)Js.ParseJson(File.ReadAllText(args[0]));
        var results = new JArray(ops.Select(op => Attempt(() => Run((JObject)op))));
        var settings = new JsonSerializerSettings { StringEscapeHandling = StringEscapeHandling.EscapeNonAscii };
        File.WriteAllText(args[1], JsonConvert.SerializeObject(results, settings));
    }

    static JObject Attempt(Func<JToken> run)
    {
        try
        {
            return new JObject { ["v"] = run() ?? JValue.CreateNull() };
        }
        catch (Exception e)
        {
            // A JsError is a JS Error; anything else is a bug of the runtime, named as such.
            var error = e is AggregateException ? e.InnerException : e;
            return new JObject { ["e"] = error is JsError ? error.Message : error.GetType().Name + ": " + error.Message };
        }
    }

    static JToken Run(JObject op)
    {
        switch ((string)op["op"])
        {
            case "num": return Js.NumberToString(Double(op["bits"]));
            case "decimal": return Bits(Js.DecimalToDouble((string)op["text"]));
            case "nearest":
                {
                    string digits;
                    int point;
                    var text = (string)op["text"];
                    Js.ReadDecimal(text, out digits, out point);
                    if (digits.Length == 0) return Bits(0);
                    var guess = BitConverter.Int64BitsToDouble(Math.Max(0, BitConverter.DoubleToInt64Bits(Js.DecimalToDouble(text)) + (long)op["offset"]));
                    return Bits(Js.NearestDouble(digits, point, guess));
                }
            case "stringify":
                {
                    var value = Value(op["value"]);
                    var indent = op["indent"];
                    if (indent == null) return Js.Stringify(value);
                    if (indent.Type == JTokenType.String) return Js.Stringify(value, (string)indent);
                    return Js.Stringify(value, Value(indent).Value<double>());
                }
            case "parse": return Dump(Js.ParseJson((string)op["text"]));
            case "parse-depth":
                {
                    var depth = 0;
                    for (var value = Js.ParseJson((string)op["text"]); value is JContainer && value.HasValues; value = value.First is JProperty ? ((JProperty)value.First).Value : value.First) depth++;
                    return depth;
                }
            case "stringify-parsed": return Js.Stringify(Js.ParseJson((string)op["text"]));
            case "dateParse": return Bits(Js.DateParse((string)op["text"]));
            case "query":
            case "req":
                {
                    var req = NewReq(op);
                    var steps = new JArray(op["steps"].Select(step => Attempt(() => ReqStep(req, (JArray)step))));
                    if ((string)op["op"] == "query") return new JArray(steps, req.Url);
                    return new JArray(steps, Describe(req.ToMessage()));
                }
            case "res":
                {
                    var res = CsxRes.FromMessage(ResponseMessage(op)).Result;
                    var steps = new JArray(op["steps"].Select(step => Attempt(() => ResStep(res, (JArray)step))));
                    return new JArray(steps, Describe(res.ToMessage()));
                }
            case "json": return Describe(CsxRes.Json(Double(op["status"]), Value(op["body"])).ToMessage());
            case "headers":
                {
                    var headers = new CsxHeaders(op["pairs"].Select(p => new KeyValuePair<string, string>((string)p[0], (string)p[1])));
                    var steps = new JArray(op["steps"].Select(step => Attempt(() => HeaderStep(headers, (JArray)step))));
                    return new JArray(steps, new JArray(headers.Pairs.Select(p => new JArray(p.Key, p.Value))));
                }
            case "ctx": return Ctx(op);
            case "toSeconds": return Bits(CsxIsoDuration.ToSeconds((string)op["text"]));
            case "fromSeconds": return CsxIsoDuration.FromSeconds(Double(op["bits"]));
            case "searchParams":
                {
                    var p = CsxSearchParams.From(op["init"]);
                    if (op["append"] != null) p.Append((string)op["append"][0], (string)op["append"][1]);
                    return new JArray(p.Entries(), p.ToString());
                }
            case "b64enc": return CsxBase64.Encode((string)op["text"]);
            case "b64dec": return CsxBase64.Decode((string)op["text"]);
            case "hmacHex": return CsxCrypto.HmacSha256Hex((string)op["key"], (string)op["message"], (string)op["enc"]);
            case "hmacB64": return CsxCrypto.HmacSha256Base64((string)op["key"], (string)op["message"], (string)op["enc"]);
            case "shaHex": return CsxCrypto.Sha256Hex((string)op["message"]);
            case "shaB64": return CsxCrypto.Sha256Base64((string)op["message"]);
            case "utf8dec": return CsxUtf8.Decode(Convert.FromBase64String((string)op["base64"]));
            case "utf8enc": return Convert.ToBase64String(CsxUtf8.Encode((string)op["text"]));
            case "route": return CsxRouting.ResolveOperationId((string)op["raw"], op["known"].Select(k => (string)k).ToArray());
            default: throw new InvalidDataException("unknown op " + op["op"]);
        }
    }

    static JToken ReqStep(CsxReq req, JArray step)
    {
        switch ((string)step[0])
        {
            case "method": return req.Method;
            case "setMethod": req.Method = (string)step[1]; return null;
            case "url": return req.Url;
            case "setUrl": req.Url = (string)step[1]; return null;
            case "path": return req.Path;
            case "setPath": req.Path = (string)step[1]; return req.Url;
            case "get": return req.Query.Get((string)step[1]);
            case "getAll": return req.Query.GetAll((string)step[1]);
            case "has": return req.Query.Has((string)step[1]);
            case "set": req.Query.Set((string)step[1], (string)step[2]); return req.Url;
            case "append": req.Query.Append((string)step[1], (string)step[2]); return req.Url;
            case "delete": req.Query.Delete((string)step[1]); return req.Url;
            case "setForm": req.SetForm((JObject)step[1]); return null;
            case "setMultipart": req.SetMultipart((JObject)step[1]); return null;
            default: return MessageStep(req, step);
        }
    }

    static JToken ResStep(CsxRes res, JArray step)
    {
        switch ((string)step[0])
        {
            case "status": return Bits(res.Status);
            case "setStatus": res.Status = Double(step[1]); return null;
            case "ok": return res.Ok;
            default: return MessageStep(res, step);
        }
    }

    static JToken MessageStep(CsxMessage message, JArray step)
    {
        switch ((string)step[0])
        {
            case "text": return message.Text().Result;
            case "json": return Dump(message.Json().Result);
            case "setText": message.SetText((string)step[1], (string)step[2]); return null;
            case "setJson": message.SetJson(Value(step[1])); return null;
            default: return HeaderStep(message.Headers, step);
        }
    }

    static JToken HeaderStep(CsxHeaders headers, JArray step)
    {
        switch ((string)step[0])
        {
            case "header.get": return headers.Get((string)step[1]);
            case "header.has": return headers.Has((string)step[1]);
            case "header.set": headers.Set((string)step[1], (string)step[2]); return null;
            case "header.delete": headers.Delete((string)step[1]); return null;
            case "header.entries": return new JArray(headers.Pairs.Select(p => new JArray(p.Key, p.Value)));
            default: throw new InvalidDataException("unknown step " + step[0]);
        }
    }

    /** Runs ctx steps against a stub platform context; the results, then what was sent and logged. */
    static JToken Ctx(JObject op)
    {
        var context = new StubContext
        {
            OperationId = "Op",
            CorrelationId = (string)op["correlationId"],
            OriginalRequestUri = new Uri((string)op["url"]),
            Request = RequestMessage(op),
            Answer = request => ResponseMessage(op["answer"]),
        };
        var script = new Script { Context = context };
        var incoming = CsxReq.FromMessage(context.Request).Result;
        var ctx = new CsxCtx(script, "Op", incoming);
        var results = new JArray();
        foreach (JArray step in op["steps"])
        {
            results.Add(Attempt(() =>
            {
                switch ((string)step[0])
                {
                    case "ids": return new JArray(ctx.OperationId, ctx.CorrelationId, ctx.OriginalUrl);
                    case "newRequest":
                        var made = ctx.NewRequest((string)step[1], (string)step[2]);
                        foreach (JArray change in step.Skip(3)) ReqStep(made, change);
                        return Describe(made.ToMessage());
                    case "respond": return Describe(ctx.Respond(Double(step[1]), step.Count > 2 ? Value(step[2]) : null).ToMessage());
                    case "incoming": return ReqStep(incoming, (JArray)step[1]);
                    case "send":
                        var res = ctx.Send(incoming).Result;
                        return new JArray(Bits(res.Status), res.Text().Result, res.Headers.Get("content-type"));
                    case "notificationUrl": return ctx.NotificationUrl((string)step[1]);
                    case "info": ctx.Log.Info((string)step[1]); return null;
                    case "warn": ctx.Log.Warn((string)step[1]); return null;
                    case "error": ctx.Log.Error((string)step[1]); return null;
                    default: throw new InvalidDataException("unknown ctx step " + step[0]);
                }
            }));
        }
        return new JArray(results, new JArray(context.Sent.Select(m => Describe(m))), new JArray(context.Logs));
    }

    static CsxReq NewReq(JObject op)
    {
        if ((string)op["op"] == "query") return new CsxReq("GET", (string)op["url"], new KeyValuePair<string, string>[0], null);
        return CsxReq.FromMessage(RequestMessage(op)).Result;
    }

    static HttpRequestMessage RequestMessage(JToken given)
    {
        var message = new HttpRequestMessage(new HttpMethod((string)given["method"]), new Uri((string)given["url"]));
        message.Content = Fill(message.Headers, given, false);
        return message;
    }

    static HttpResponseMessage ResponseMessage(JToken given)
    {
        var message = new HttpResponseMessage((System.Net.HttpStatusCode)(int)given["status"]);
        message.Content = Fill(message.Headers, given, true);
        return message;
    }

    /** Puts the given headers on a message (content headers on its content, as the harness does); the content. */
    static HttpContent Fill(System.Net.Http.Headers.HttpHeaders target, JToken given, bool contentAlways)
    {
        var body = given["bodyBase64"] == null || given["bodyBase64"].Type == JTokenType.Null ? null : Convert.FromBase64String((string)given["bodyBase64"]);
        var forContent = new List<JToken>();
        foreach (var pair in given["headers"] ?? new JArray())
            if (!target.TryAddWithoutValidation((string)pair[0], (string)pair[1])) forContent.Add(pair);
        var content = body != null || forContent.Count > 0 || contentAlways ? new ByteArrayContent(body ?? new byte[0]) : null;
        foreach (var pair in forContent) content.Headers.TryAddWithoutValidation((string)pair[0], (string)pair[1]);
        return content;
    }

    static JObject Describe(HttpRequestMessage m)
    {
        return new JObject { ["method"] = m.Method.Method, ["url"] = m.RequestUri.AbsoluteUri, ["headers"] = Normalize(m.Headers, m.Content), ["body"] = BodyOf(m.Content) };
    }

    static JObject Describe(HttpResponseMessage m)
    {
        return new JObject { ["status"] = (int)m.StatusCode, ["headers"] = Normalize(m.Headers, m.Content), ["body"] = BodyOf(m.Content) };
    }

    static JToken BodyOf(HttpContent content)
    {
        var bytes = content == null ? new byte[0] : content.ReadAsByteArrayAsync().Result;
        return bytes.Length == 0 ? null : Convert.ToBase64String(bytes);
    }

    /** As the harness and src/verify/case.ts normalise headers: lower-case names, sorted, joined, no Content-Length. */
    static JObject Normalize(System.Net.Http.Headers.HttpHeaders headers, HttpContent content)
    {
        var all = content == null ? headers : headers.Concat(content.Headers);
        var grouped = all.Where(h => h.Key.ToLowerInvariant() != "content-length")
            .GroupBy(h => h.Key.ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var result = new JObject();
        foreach (var group in grouped)
            result[group.Key] = string.Join(group.Key == "user-agent" || group.Key == "server" ? " " : ", ", group.SelectMany(h => h.Value));
        return result;
    }

    static double Double(JToken bits) { return BitConverter.Int64BitsToDouble(Convert.ToInt64((string)bits, 16)); }

    static string Bits(double value) { return BitConverter.DoubleToInt64Bits(value).ToString("x16"); }

    /** A test value: {"$": "num", "bits"}, {"$": "undef"} and {"$": "int", "v"} stand for what JSON cannot say. */
    static JToken Value(JToken spec)
    {
        var obj = spec as JObject;
        if (obj != null && obj["$"] != null)
        {
            switch ((string)obj["$"])
            {
                case "num": return new JValue(Double(obj["bits"]));
                case "int": return new JValue(long.Parse((string)obj["v"]));
                case "undef": return null;
            }
        }
        if (obj != null)
        {
            var result = new JObject();
            foreach (var p in obj.Properties()) result[p.Name] = Value(p.Value) ?? JValue.CreateUndefined();
            return result;
        }
        var array = spec as JArray;
        if (array != null) return new JArray(array.Select(item => Value(item) ?? JValue.CreateUndefined()));
        return spec;
    }

    /** A parsed value with its numbers as bits and its keys in the order the runtime reads them. */
    static JToken Dump(JToken value)
    {
        if (value == null) return "$undefined";
        switch (value.Type)
        {
            case JTokenType.Integer:
            case JTokenType.Float: return new JObject { ["num"] = Bits((double)value) };
            case JTokenType.Array: return new JArray(value.Select(Dump));
            case JTokenType.Object: return new JObject { ["obj"] = new JArray(Js.OrderedProperties((JObject)value).Select(p => new JArray(p.Key, Dump(p.Value)))) };
            default: return value;
        }
    }
}
