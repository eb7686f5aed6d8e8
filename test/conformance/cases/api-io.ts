// The authoring API of issue 8 (header enumeration, binary bodies and hashing of bytes, repeated
// multipart parts, setForm as FormUrlEncodedContent, headers and URLs as .NET sends them), written
// the way a connector author writes a transform, and run whole through node and .NET.

import type { Snippet } from "./snippet";

const ok = (body: unknown, headers: Record<string, string> = { "Content-Type": "application/json" }) => ({ status: 200, headers, body: body as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, ...c }));
}

const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";

export const apiIoCases: Snippet[] = [
  ...handles("Header enumeration", [
    {
      name: "for…of over the incoming headers",
      code: 'const seen: string[] = [];\nfor (const [name, value] of req.headers) seen.push(`${name}=${value}`);\nreturn ctx.respond(200, seen);',
      request: { headers: { "x-trace": "t1", accept: "application/json,text/plain;q=0.5", "Content-Type": "application/json;charset=UTF-8", "X-Api-Key": "k" }, body: "{}" },
    },
    {
      name: "strip the x- headers before forwarding",
      code: 'for (const [k] of req.headers) {\n  if (k.toLowerCase().startsWith("x-")) req.headers.delete(k);\n}\nreturn await ctx.send(req);',
      request: { headers: { "X-Debug": "1", "x-ms-client": "flow", Authorization: "Bearer   abc", Accept: "*/*" } },
      upstream: [ok({})],
    },
    {
      name: "copy the upstream headers onto a new response",
      code: 'const res = await ctx.send(req);\nconst out = ctx.respond(res.status, await res.json());\nres.headers.forEach((value, name) => {\n  if (name.startsWith("X-")) out.headers.set(name, value);\n});\nreturn out;',
      upstream: [ok({ a: 1 }, { "Content-Type": "application/json", "X-Rate-Limit": "10", "X-Request-Id": "r-1", Server: "nginx/1.2  (Ubuntu)" })],
    },
    {
      name: "entries and keys, with headers set after the ones received",
      code: 'req.headers.set("X-Added", "1");\nreq.headers.set("accept", "text/csv");\nreturn ctx.respond(200, { keys: req.headers.keys(), entries: req.headers.entries() });',
      request: { headers: { Accept: "application/json", "user-agent": "flow/1 (x)" } },
    },
    {
      name: "a pass-through keeps Content-Type as .NET writes it",
      code: "return await ctx.send(req);",
      request: { headers: { "Content-Type": "application/json;charset=UTF-8", "Accept-Language": "en;q=0.50, fr" }, body: "{}" },
      upstream: [ok({ a: 1 }, { "Content-Type": "application/json;charset=UTF-8", Vary: "Accept,Origin" })],
    },
  ]),

  ...handles("Binary bodies", [
    {
      name: "an upstream image as base64 in JSON",
      code: 'const res = await ctx.send(req);\nreturn ctx.respond(200, { contentType: res.headers.get("content-type"), base64: await res.base64() });',
      upstream: [{ status: 200, headers: { "Content-Type": "image/png" }, body: null, bodyBase64: PNG_BASE64 }],
    },
    {
      name: "base64 from JSON sent as bytes",
      code: 'const b = await req.json<{ file: string }>();\nreq.setBase64(b.file, "application/octet-stream");\nreturn await ctx.send(req);',
      request: { body: JSON.stringify({ file: "/wCA/g==" }) },
      upstream: [ok({})],
    },
    {
      name: "a binary response answered as is after setBase64",
      code: 'const res = await ctx.send(req);\nres.setBase64(await res.base64(), "application/pdf");\nreturn res;',
      upstream: [{ status: 200, headers: { "Content-Type": "application/octet-stream" }, body: null, bodyBase64: "JVBERi0xLjQK/w==" }],
    },
    { name: "base64 of no body is empty", code: "return ctx.respond(200, await req.base64());" },
    { name: "setBase64 with bad base64 throws", code: 'req.setBase64("not base64!", "image/png");\nreturn await ctx.send(req);', upstream: [ok({})] },
    {
      name: "sha256 of the body's bytes, as S3 signing needs",
      code: 'const payload = await req.base64();\nreq.headers.set("x-amz-content-sha256", sha256Hex(payload, "base64"));\nreturn await ctx.send(req);',
      request: { body: null, bodyBase64: "/wCA/gABAgM=" },
      upstream: [ok({})],
    },
    {
      name: "hmac of bytes with a base64 key",
      code: 'return ctx.respond(200, [hmacSha256Hex("a2V5", "/wCA", "base64", "base64"), hmacSha256Base64("key", "aGk=", "utf8", "base64"), sha256Base64("", "base64")]);',
    },
    { name: "a bad base64 message throws", code: 'return ctx.respond(200, sha256Hex("%%", "base64"));' },
  ]),

  ...handles("Multipart and forms", [
    {
      name: "several parts with the same name, as an array",
      code: 'req.setMultipart({ tag: ["a", "b"], file: [{ filename: "1.txt", contentType: "text/plain", base64: "aGk=" }, { filename: "2.bin", contentType: "application/octet-stream", base64: "/w==" }] });\nreturn await ctx.send(req);',
      upstream: [ok({})],
    },
    {
      name: "parts as a list in order",
      code: 'const b = await req.json<{ to: string[] }>();\nconst parts = b.to.map((t) => ({ name: "to", value: t }));\nparts.push({ name: "subject", value: "hi é" });\nreq.setMultipart(parts);\nreturn await ctx.send(req);',
      request: { body: JSON.stringify({ to: ["a@example.com", "b@example.com"] }) },
      upstream: [ok({})],
    },
    {
      name: "setForm escapes !'()* as FormUrlEncodedContent does",
      code: "req.setForm({ q: \"it's (ok)!*\", \"a b\": \"~-._\", plus: \"1+1=2\" });\nreturn await ctx.send(req);",
      upstream: [ok({})],
    },
    {
      name: "setForm for a token request",
      code: 'const token = ctx.newRequest("POST", "https://login.example.com/oauth2/token");\ntoken.setForm({ grant_type: "client_credentials", client_id: "id", client_secret: "s3cr*t!", scope: "api://x/.default" });\nconst answer = await ctx.send(token);\nconst t = await answer.json<{ access_token: string }>();\nreq.headers.set("Authorization", "Bearer " + t.access_token);\nreturn await ctx.send(req);',
      upstream: [ok({ access_token: "abc" }), ok({})],
    },
  ]),

  ...handles("searchParams", [
    {
      name: "read a query string as URLSearchParams does",
      code: 'const p = searchParams("?a=1&b=x+y%20z&a=2&empty=&flag&%E2%82%AC=%zz&bad=%C3");\nreturn ctx.respond(200, { a: p.getAll("a"), b: p.get("b"), missing: p.get("missing"), flag: p.get("flag"), has: p.has("empty"), euro: p.get("€"), bad: p.get("bad"), keys: p.keys() });',
    },
    {
      name: "build a query string and send it",
      code: 'const p = searchParams({ q: "a b&c=d/é", "x[]": "1" });\np.append("x[]", "2");\np.append("sym", "!\'()*~-._");\np.set("q", "new");\np.delete("nothing");\nreturn await ctx.send(ctx.newRequest("GET", "https://api.example.com/search?" + p.toString()));',
      upstream: [ok({})],
    },
    {
      name: "rebuild the incoming query sorted, without a parameter",
      code: 'const p = searchParams(req.url.split("?")[1] ?? "");\np.delete("api_key");\np.sort();\nconst out: string[] = [];\nfor (const [k, v] of p.entries()) out.push(k + ":" + v);\nreturn ctx.respond(200, { text: p.toString(), pairs: out });',
      request: { url: "https://api.example.com/x?z=1&api_key=secret&b=2&a=3&b=1" },
    },
    {
      name: "set replaces the first value and drops the rest",
      code: 'const p = searchParams("t=1&a=0&t=2");\np.set("t", "z");\nreturn ctx.respond(200, [p.toString(), searchParams().toString(), searchParams("").has("x")]);',
    },
  ].map((c) => ({ ...c, declarations: 'import { searchParams } from "csxc";' }))),

  ...handles("The URL and headers sent", [
    {
      name: "an escape alone is sent as written",
      code: 'req.url = "https://api.example.com/items?q=%7b&r=%2f";\nreturn await ctx.send(req);',
      upstream: [ok({})],
    },
    {
      name: "escapes in either case, as System.Uri sends them",
      code: 'req.url = "https://api.example.com/items?q=%7b&r=%7e";\nreturn await ctx.send(req);',
      upstream: [ok({})],
    },
    {
      name: "IPv4 shorthand hosts",
      code: 'await ctx.send(ctx.newRequest("GET", "http://127.1/a"));\nreturn await ctx.send(ctx.newRequest("GET", "http://0x7f.0.0.1:8080/b"));',
      upstream: [ok({}), ok({})],
    },
    {
      name: "header values .NET rewrites",
      code: 'req.headers.set("Accept", "application/json,text/plain;q=0.50");\nreq.headers.set("User-Agent", "flow/1.0   (compatible)");\nreq.headers.set("Authorization", "Bearer    t");\nreq.headers.set("Cache-Control", "no-cache");\nreturn await ctx.send(req);',
      upstream: [ok({})],
    },
  ]),
];
