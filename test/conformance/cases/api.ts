// The authoring API through handle(req, ctx): the incoming request, the requests the code sends,
// the backend's answers, the response, the logs, and the helpers exported beside the API. The
// whole outcome (every request sent, the response, the logs) is compared.

import { bodies, type Snippet } from "./snippet";

const JSON_HEADERS = { "Content-Type": "application/json" };
const ok = (body: unknown, headers: Record<string, string> = JSON_HEADERS) => ({ status: 200, headers, body: body as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, ...c }));
}

export const apiCases: Snippet[] = [
  ...bodies("Req", [
    { name: "method, url, path", code: "return [req.method, req.url, req.path];", request: { method: "patch", url: "https://api.example.com/v1/items/7?x=1" }, value: ["PATCH", "https://api.example.com/v1/items/7?x=1", "/v1/items/7"] },
    { name: "path with escapes", code: "return req.path;", request: { url: "https://api.example.com/a%20b/%C3%A9?q" }, value: "/a%20b/%C3%A9" },
    { name: "path of a url with no path", code: "return req.path;", request: { url: "https://api.example.com" } },
    { name: "text of a request body", code: "return await req.text();", request: { body: "héllo wörld" }, value: "héllo wörld" },
    { name: "json of a request body", code: 'const b = await req.json<{ a: number[] }>();\nreturn b.a.length;', request: { body: '{"a":[1,2,3]}' }, value: 3 },
    { name: "json of an empty body throws", code: "return await req.json();" },
    { name: "json of a bad body throws with csxc's message", code: "return await req.json();", request: { body: "{nope" } },
    { name: "text of no body is empty", code: "return await req.text();", value: "" },
    { name: "a body read twice", code: "const a = await req.text();\nconst b = await req.text();\nreturn a === b;", request: { body: "x" }, value: true },
  ]),
  ...handles("Req", [
    { name: "set method, url and path, then send", code: 'req.method = "put";\nreq.path = "/v2/things";\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "set url to a query built with encodeURIComponent, which leaves ' alone", code: 'req.url = `https://api.example.com/x?name[]=${encodeURIComponent("O\'Brien & Zoë")}&name[]=${encodeURIComponent("it\'s (ok)!*")}`;\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "set url stores it as given", code: 'req.url = "https://other.example.com/x?a=b%20c&d=e+f";\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "set path without a leading slash", code: 'req.path = "relative/p";\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "a bad method throws", code: 'req.method = "GE T";\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "setText with a content type", code: 'req.setText("a,b", "text/csv");\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "setText without a content type", code: 'req.setText("plain é");\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "setJson writes compact JSON as JSON.stringify does", code: 'req.setJson({ b: 1.0, a: [1e21, 0.1 + 0.2, "é", null], 3: true });\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "setJson of a string and of a number", code: 'const r1 = ctx.newRequest("POST", "https://api.example.com/1");\nr1.setJson("text");\nawait ctx.send(r1);\nconst r2 = ctx.newRequest("POST", "https://api.example.com/2");\nr2.setJson(2.50);\nreturn await ctx.send(r2);', upstream: [ok({}), ok({})] },
    { name: "setJson of request JSON keeps it as parsed", code: "const b = await req.json();\nreq.setJson(b);\nreturn await ctx.send(req);", request: { body: '{"d":"2020-01-01T00:00:00Z","n":1.0,"u":"\\u00e9"}' }, upstream: [ok({})] },
    { name: "setForm", code: 'req.setForm({ name: "a b", sym: "&=+%", uni: "é", empty: "" });\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "setMultipart with text and a file", code: 'req.setMultipart({ title: "hello", file: { filename: "a.txt", contentType: "text/plain", base64: "aGk=" } });\nreturn await ctx.send(req);', upstream: [ok({})] },
  ]),

  ...handles("Query", [
    { name: "get decodes %XX and +", code: 'return ctx.respond(200, [req.query.get("a"), req.query.get("b"), req.query.get("missing")]);', request: { url: "https://api.example.com/x?a=x%20y%2Bz&b=p+q" } },
    { name: "getAll and has", code: 'return ctx.respond(200, [req.query.getAll("t"), req.query.has("t"), req.query.has("u"), req.query.getAll("u")]);', request: { url: "https://api.example.com/x?t=1&u2=0&t=2&t=" } },
    { name: "set encodes as encodeURIComponent does", code: "req.query.set(\"q\", \"a b&c=d/é!'()*\");\nreturn await ctx.send(req);", request: { url: "https://api.example.com/x?q=old&keep=a%2fb+c" }, upstream: [ok({})] },
    { name: "set replaces every value", code: 'req.query.set("t", "z");\nreturn await ctx.send(req);', request: { url: "https://api.example.com/x?t=1&a=0&t=2" }, upstream: [ok({})] },
    { name: "append and delete", code: 'req.query.append("n", "1");\nreq.query.append("n", "2");\nreq.query.delete("gone");\nreturn await ctx.send(req);', request: { url: "https://api.example.com/x?gone=1&keep=%7E&gone=2" }, upstream: [ok({})] },
    { name: "the URL sent is what System.Uri makes of it", code: "req.url = \"HTTPS://API.Example.com:443/a/./b/../c%41?k=%7e&raw=a b&u=é&p=%c3%a9&bad=%zz#f\";\nreturn await ctx.send(req);", upstream: [ok({})] },
    { name: "set on a url without a query", code: 'req.query.set("page", "2");\nreturn await ctx.send(req);', request: { url: "https://api.example.com/x" }, upstream: [ok({})] },
    { name: "delete the last parameter", code: 'req.query.delete("q");\nreturn await ctx.send(req);', request: { url: "https://api.example.com/x?q=1" }, upstream: [ok({})] },
    { name: "a parameter without a value", code: 'return ctx.respond(200, [req.query.get("flag"), req.query.has("flag")]);', request: { url: "https://api.example.com/x?flag&b=1" } },
    { name: "bad escapes in the query", code: 'return ctx.respond(200, req.query.get("a"));', request: { url: "https://api.example.com/x?a=%zz%E9" } },
  ]),

  ...handles("Headers", [
    { name: "get is case-insensitive and null when absent", code: 'return ctx.respond(200, [req.headers.get("x-api-key"), req.headers.get("X-API-KEY"), req.headers.get("nope"), req.headers.has("X-Api-Key")]);', request: { headers: { "X-Api-Key": "k1" } } },
    { name: "set, delete, and send", code: 'req.headers.set("X-Added", "v");\nreq.headers.set("x-api-key", "replaced");\nreq.headers.delete("X-Remove");\nreturn await ctx.send(req);', request: { headers: { "X-Api-Key": "k1", "X-Remove": "r", Accept: "application/json" } }, upstream: [ok({})] },
    { name: "content headers through the same object", code: 'const before = req.headers.get("content-type");\nreq.headers.set("Content-Type", "application/vnd.custom+json");\nreturn ctx.respond(200, [before, req.headers.get("Content-Type")]);', request: { body: "{}", headers: { "Content-Type": "application/json" } } },
    { name: "response headers from upstream", code: 'const res = await ctx.send(req);\nreturn ctx.respond(200, [res.headers.get("x-rate-limit"), res.headers.get("content-type"), res.headers.has("X-Rate-Limit")]);', upstream: [ok({}, { "Content-Type": "application/json; charset=utf-8", "X-Rate-Limit": "10" })] },
    { name: "set a header on a response", code: 'const res = ctx.respond(200, { a: 1 });\nres.headers.set("X-Out", "1");\nres.headers.set("Cache-Control", "no-store");\nreturn res;' },
    { name: "a header value with a line break throws", code: 'req.headers.set("X-Bad", "a\\nb");\nreturn await ctx.send(req);', upstream: [ok({})] },
    { name: "a header value with non-ASCII text", code: 'req.headers.set("X-Name", "café");\nreturn await ctx.send(req);', upstream: [ok({})] },
  ]),

  ...handles("Res", [
    { name: "handle returns the promise of ctx.send without await", code: "return ctx.send(req);", upstream: [ok({ a: 1 })] },
    { name: "status, ok, text of an upstream answer", code: "const res = await ctx.send(req);\nreturn ctx.respond(200, [res.status, res.ok, await res.text()]);", upstream: [{ status: 404, headers: { "Content-Type": "text/plain" }, body: "not here" }] },
    { name: "json of an upstream answer", code: "const res = await ctx.send(req);\nconst b = await res.json<{ items: { id: number }[] }>();\nreturn ctx.respond(200, b.items.map((i) => i.id));", upstream: [ok({ items: [{ id: 1 }, { id: 2 }] })] },
    { name: "the upstream answer returned as is", code: "return await ctx.send(req);", upstream: [{ status: 201, headers: { "Content-Type": "application/json", Location: "/x/1" }, body: '{"b":1.0, "a" : [ ]}' }] },
    { name: "change status and body of an upstream answer", code: 'const res = await ctx.send(req);\nconst b = await res.json<{ [k: string]: Json }>();\nb.seen = true;\nres.setJson(b);\nres.status = 202;\nreturn res;', upstream: [ok({ a: 1, "1": 2 })] },
    { name: "setText on a response", code: 'const res = await ctx.send(req);\nres.setText("replaced", "text/plain; charset=utf-8");\nreturn res;', upstream: [ok({ a: 1 })] },
    { name: "a bad status throws", code: "const res = await ctx.send(req);\nres.status = 99;\nreturn res;", upstream: [ok({})] },
    { name: "a fractional status throws", code: "const res = await ctx.send(req);\nres.status = 200.5;\nreturn res;", upstream: [ok({})] },
    { name: "ok for 2xx only", code: "const a = await ctx.send(req);\nconst b = await ctx.send(req);\nconst c = await ctx.send(req);\nreturn ctx.respond(200, [a.ok, b.ok, c.ok]);", upstream: [{ status: 204, headers: {}, body: null }, { status: 302, headers: { Location: "https://x" }, body: null }, { status: 199, headers: {}, body: null }] },
    { name: "json of a non-JSON upstream body throws", code: "const res = await ctx.send(req);\nreturn ctx.respond(200, await res.json());", upstream: [{ status: 200, headers: { "Content-Type": "text/html" }, body: "<html>" }] },
    { name: "a response with dates and floats read as JSON", code: "const res = await ctx.send(req);\nconst b = await res.json();\nreturn ctx.respond(200, b);", upstream: [{ status: 200, headers: JSON_HEADERS, body: '{"start":"2024-05-01T08:00:00Z","offset":"2024-05-01T08:00:00+02:00","rate":10.0,"big":1e400}' }] },
    { name: "bytes that are not UTF-8 pass through", code: "return await ctx.send(req);", upstream: [{ status: 200, headers: { "Content-Type": "application/octet-stream" }, body: null, bodyBase64: "/wCA/g==" }] },
  ]),

  ...handles("Ctx", [
    { name: "operationId, correlationId, originalUrl", code: "return ctx.respond(200, [ctx.operationId, ctx.correlationId, ctx.originalUrl]);", context: { correlationId: "corr-1", originalUrl: "https://contoso.azure-apim.net/apim/x/op?y=1" } },
    { name: "defaults of the context", code: "return ctx.respond(200, [ctx.correlationId, ctx.originalUrl]);" },
    {
      name: "respond with values typed by interfaces, absent fields and all",
      declarations: "interface Country { country_id: string; probability: number; note?: string }\ninterface Answer { name: string; country: Country[] }",
      code: 'const data = await (await ctx.send(req)).json<Answer[]>();\nconst first: Country | undefined = data[0].country[0];\nreturn ctx.respond(200, { value: data, first: first, none: data[1]?.country[0], count: data.length });',
      upstream: [ok('[{"name":"anna","country":[{"country_id":"SE","probability":0.25}]},{"name":"zz","country":[]}]')],
    },
    {
      name: "respond with one interface-typed object",
      declarations: "interface Country { country_id: string; probability: number }",
      code: 'const c: Country = { country_id: "PL", probability: 0.5 };\nreturn ctx.respond(201, c);',
    },
    { name: "newRequest copies headers but not content headers", code: 'const r = ctx.newRequest("GET", "https://api.example.com/other?a=1");\nreturn await ctx.send(r);', request: { headers: { "X-Api-Key": "secret", "Content-Type": "application/json", Accept: "*/*" }, body: "{}" }, upstream: [ok({})] },
    { name: "newRequest sees header changes made before it", code: 'req.headers.set("X-Trace", "t1");\nconst r = ctx.newRequest("delete", "https://api.example.com/d");\nreq.headers.set("X-Later", "no");\nreturn await ctx.send(r);', upstream: [{ status: 204, headers: {}, body: null }] },
    { name: "respond without a body", code: "return ctx.respond(204);" },
    { name: "respond with each kind of JSON", code: 'const a = ctx.respond(200, "s");\nconst b = ctx.respond(200, null);\nconst c = ctx.respond(200, [1.5, { k: false }]);\nreturn ctx.respond(200, [await a.text(), await b.text(), await c.text()]);' },
    { name: "respond with a bad status throws", code: "return ctx.respond(600, {});" },
    { name: "notificationUrl", code: 'return ctx.respond(200, [ctx.notificationUrl("/hook?x=1"), ctx.notificationUrl("plain")]);', context: { notificationBase: "https://flow.example.com/base/" } },
    { name: "log levels", code: 'ctx.log.info("i " + 1.0);\nctx.log.warn("w");\nctx.log.error("e é");\nreturn ctx.respond(200);' },
    { name: "two requests in sequence", code: 'const first = await ctx.send(ctx.newRequest("GET", "https://api.example.com/page/1"));\nconst b = await first.json<{ next: string }>();\nconst second = await ctx.send(ctx.newRequest("GET", b.next));\nreturn second;', upstream: [ok({ next: "https://api.example.com/page/2" }), ok({ done: true })] },
    { name: "more calls than upstream answers", code: "await ctx.send(req);\nreturn await ctx.send(req);", upstream: [ok({})] },
    { name: "the operationId of the called operation", code: "return ctx.respond(200, ctx.operationId.length);" },
  ]),

  ...handles("Error policy", [
    { name: "an Error becomes 500 with message and operationId, and is logged", code: 'throw new Error("kaput");' },
    { name: "an HttpError becomes its status with the message", code: 'throw new HttpError(429, "slow down");' },
    { name: "an HttpError with a status outside 100-599", code: 'throw new HttpError(700, "odd");' },
    { name: "an error after logging keeps the log", code: 'ctx.log.info("before");\nthrow new HttpError(400, "bad input");' },
    { name: "an error from the runtime", code: 'req.url = "not a url";\nreturn await ctx.send(req);' },
    { name: "a bad URL on a new request throws when it is sent, where a catch sees it", code: "const r = ctx.newRequest(\"GET\", \"ftp://x/\");\ntry {\n  await ctx.send(r);\n  return ctx.respond(200, \"sent\");\n} catch (e) {\n  return ctx.respond(200, e instanceof Error ? e.message : \"?\");\n}" },
  ]),

  ...bodies("isoDuration", [
    { name: "toSeconds", code: 'return ["PT1H30M", "PT0S", "P1DT2H", "PT1.5S", "PT90M", "P2D", "PT0.25H"].map((d) => isoDuration.toSeconds(d));', value: [5400, 0, 93600, 1.5, 5400, 172800, 900] },
    { name: "fromSeconds", code: "return [90000, 0, 59, 3600, 3661, 0.4, 89.5, -60].map((s) => isoDuration.fromSeconds(s));", value: ["PT25H", "PT0S", "PT59S", "PT1H", "PT1H1M1S", "PT0S", "PT1M30S", "-PT1M"] },
    { name: "toSeconds of bad text throws", code: 'return isoDuration.toSeconds("1 hour");' },
    { name: "toSeconds of P throws", code: 'return isoDuration.toSeconds("PT");' },
    { name: "fromSeconds of NaN throws", code: "return isoDuration.fromSeconds(0 / 0);" },
    { name: "the message of a bad duration", code: 'try {\n  return isoDuration.toSeconds("P1Y");\n} catch (e) {\n  return e instanceof Error ? e.message : "";\n}', value: "isoDuration.toSeconds: not an ISO-8601 duration" },
  ]),
  ...bodies("base64", [
    { name: "encode and decode UTF-8", code: 'return [base64.encode("héllo 😀"), base64.decode("aMOpbGxvIPCfmIA="), base64.encode("")];', value: ["aMOpbGxvIPCfmIA=", "héllo 😀", ""] },
    { name: "decode without padding throws", code: 'return base64.decode("aGk");' },
    { name: "decode with white space throws", code: 'return base64.decode("aG k=");' },
    { name: "decode of bytes that are not UTF-8 throws", code: 'return base64.decode("/w==");' },
    { name: "the message of bad base64", code: 'try {\n  return base64.decode("!!");\n} catch (e) {\n  return e instanceof Error ? e.message : "";\n}', value: "base64.decode: the text is not valid base64" },
  ]),
  ...bodies("HMAC and SHA-256", [
    { name: "hmacSha256Hex with a UTF-8 key", code: 'return hmacSha256Hex("key", "The quick brown fox jumps over the lazy dog");', value: "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8" },
    { name: "hmacSha256Base64 with a base64 key", code: 'return hmacSha256Base64("a2V5", "message é", "base64");' },
    { name: "hmacSha256Hex with an explicit utf8 key", code: 'return hmacSha256Hex("ключ", "", "utf8");' },
    { name: "a bad base64 key throws", code: 'return hmacSha256Hex("%%", "m", "base64");' },
    { name: "sha256Hex and sha256Base64", code: 'return [sha256Hex(""), sha256Hex("abc"), sha256Base64("é")];' },
  ]),
];
